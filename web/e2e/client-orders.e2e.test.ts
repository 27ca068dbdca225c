// The client card's Orders, through Hive Gateway: with the api naming a gateway (Query.gateway) whose supergraph
// joins the example shop's orders to the client, the card lists them (number, date, total in the order's currency,
// status) in English and Russian at 1440, 1024 and 390 px, and follows a status change live; without a gateway it
// has no Orders section, and with the orders subgraph or the gateway away it says so quietly.
// SCREENSHOTS_DIR keeps what each size looked like.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../gateway/gateway.ts';
import { startOrdersServer } from '../../examples/orders/server.ts';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

type Order = { id: string; number: string; total: number; currency: string; status: string; createdAt: string };

let test: BrowserTest;
let orders: Awaited<ReturnType<typeof startOrdersServer>>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
// The last test stops them; afterAll stops what still runs.
const running = { orders: false, gateway: false };
let owner: string;
let conversationId: string;

beforeAll(async () => {
  // The gateway reaches the api over trunks, as `GATEWAY=1 npm start` runs them.
  test = await startBrowserTest({ clients: 3, api: { limits: { trunkSecret: 'client-orders-trunk-secret' } } });
  orders = await startOrdersServer();
  running.orders = true;
  // The inbox's pages call the gateway from the inbox's own origin (CORS_ORIGINS), as `npm start` lets them.
  const limits = { ...test.api.app.limits, corsOrigins: [new URL(test.api.url).origin] };
  gateway = await startGateway({ subgraphUrls: { inbox: `${test.api.url}/graphql`, orders: orders.url }, limits });
  running.gateway = true;
  owner = await test.api.login('owner@demo.test', 'demo-owner');
  // The conversation whose client has the most orders (1 to 3 each, by the client's id).
  const found = await throughGateway<{ conversations: { edges: { node: { id: string; client: { orders: { id: string }[] } } }[] } }>(
    '{ conversations(first: 10) { edges { node { id client { orders { id } } } } } }',
  );
  const nodes = found.conversations.edges.map((edge) => edge.node).sort((a, b) => b.client.orders.length - a.client.orders.length);
  conversationId = nodes[0]!.id;
}, 180_000);

afterAll(async () => {
  if (running.gateway) await gateway.stop();
  if (running.orders) await orders.stop();
  await test?.stop();
});

async function throughGateway<T>(query: string, variables: object = {}) {
  const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: owner }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const ordersOfConversation = async () =>
  (
    await throughGateway<{ conversation: { client: { orders: Order[] } } }>(
      'query($id: ID!) { conversation(id: $id) { client { orders { id number total currency status createdAt } } } }',
      { id: conversationId },
    )
  ).conversation.client.orders;

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LANGUAGES = [
  { code: 'en', locale: 'en-US', title: 'Orders', unavailable: 'Orders unavailable', statuses: { NEW: 'New', PAID: 'Paid', SHIPPED: 'Shipped', DELIVERED: 'Delivered', CANCELLED: 'Cancelled' } },
  { code: 'ru', locale: 'ru-RU', title: 'Заказы', unavailable: 'Заказы недоступны', statuses: { NEW: 'Новый', PAID: 'Оплачен', SHIPPED: 'Отправлен', DELIVERED: 'Доставлен', CANCELLED: 'Отменён' } },
] as const;

const contexts: BrowserContext[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

/** The owner, signed in at `size` in `language`, on the conversation with its client card open. */
async function cardOf(size: (typeof SIZES)[number], language: (typeof LANGUAGES)[number]): Promise<Page> {
  const context = await test.browser.newContext({
    locale: language.locale,
    viewport: { width: size.width, height: size.height },
    ...(size.name === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}),
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(test.api.url);
  await page.getByTestId('login-email').fill('owner@demo.test');
  await page.getByTestId('login-password').fill('demo-owner');
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await test.openConversation(page, conversationId);
  if (size.name !== 'desktop') await page.getByTestId('client-card-open').click();
  // The card's own sections have loaded: what the api answers is in.
  await expect.poll(() => page.getByTestId('client-card').getByTestId('client-tasks').isVisible(), { timeout: 10_000 }).toBe(true);
  return page;
}

describe('the client card’s orders', () => {
  it('has no Orders section when the api names no gateway', async () => {
    test.api.app.gatewayUrl = null;
    const page = await cardOf(SIZES[0], LANGUAGES[0]);
    // Everything the card asks at start is answered (the Me query included, which names the gateway): still none.
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('client-orders').count()).toBe(0);
    expect(await page.getByText('Orders', { exact: true }).count()).toBe(0);
    await page.getByTestId('client-card').getByTestId('client-tasks').scrollIntoViewIfNeeded();
    await test.screenshot(page, 'no-gateway-desktop-en');
    await page.context().close();
  });

  for (const language of LANGUAGES) {
    for (const size of SIZES) {
      it(`lists the client's orders from the gateway at ${size.width} px in ${language.code}`, async () => {
        test.api.app.gatewayUrl = `${gateway.url}/graphql`;
        const expected = await ordersOfConversation();
        expect(expected.length).toBeGreaterThan(0);
        const page = await cardOf(size, language);
        const section = page.getByTestId('client-card').getByTestId('client-orders');
        await expect.poll(() => section.getByTestId('order-row').count(), { timeout: 10_000 }).toBe(expected.length);
        expect(await section.locator('h3').textContent()).toBe(language.title);
        // Newest first, as the subgraph answers them.
        expect(expected.map((order) => order.createdAt)).toEqual(expected.map((order) => order.createdAt).sort().reverse());
        const rows = section.getByTestId('order-row');
        for (const [i, order] of expected.entries()) {
          const row = rows.nth(i);
          expect(await row.locator('.order-number').textContent()).toBe(order.number);
          // The total in the order's currency, as the language writes money (Intl): "€123.45", "123,45 €".
          const total = new Intl.NumberFormat(language.code, { style: 'currency', currency: order.currency }).format(order.total);
          expect(await row.getByTestId('order-total').textContent()).toBe(total);
          expect(await row.getByTestId('order-status').textContent()).toBe(language.statuses[order.status as keyof typeof language.statuses]);
          expect(await row.locator('time').getAttribute('datetime')).toBe(order.createdAt);
        }
        // Inside the window and not squeezed: no sideways scrolling.
        await section.scrollIntoViewIfNeeded();
        const box = (await section.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(size.width + 0.5);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await test.screenshot(page, `orders-${size.name}-${language.code}`);
        await page.context().close();
      });
    }
  }

  it('follows a status change live (orderStatusChanged through the gateway)', async () => {
    test.api.app.gatewayUrl = `${gateway.url}/graphql`;
    const [order] = await ordersOfConversation();
    const page = await cardOf(SIZES[0], LANGUAGES[0]);
    const row = page.getByTestId('client-orders').getByTestId('order-row').first();
    await expect.poll(() => row.locator('.order-number').textContent(), { timeout: 10_000 }).toBe(order!.number);
    const next = order!.status === 'SHIPPED' ? 'DELIVERED' : 'SHIPPED';
    // The card's subscription reaches the orders subgraph through the gateway: change the status once it is there.
    await expect
      .poll(
        async () => {
          await throughGateway('mutation($id: ID!, $status: OrderStatus!) { setOrderStatus(id: $id, status: $status) { id } }', { id: order!.id, status: next });
          return row.getByTestId('order-status').textContent();
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(next === 'SHIPPED' ? 'Shipped' : 'Delivered');
    await page.context().close();
  });

  it('says “Orders unavailable” quietly when the orders subgraph is down, and when the gateway is', async () => {
    test.api.app.gatewayUrl = `${gateway.url}/graphql`;
    await orders.stop();
    running.orders = false;
    const page = await cardOf(SIZES[0], LANGUAGES[0]);
    const section = page.getByTestId('client-card').getByTestId('client-orders');
    await expect.poll(() => section.getByTestId('orders-unavailable').textContent(), { timeout: 10_000 }).toBe('Orders unavailable');
    expect(await section.getByTestId('order-row').count()).toBe(0);
    expect(await section.locator('.error-text').count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await test.screenshot(page, 'orders-unavailable-desktop-en');
    await page.context().close();

    await gateway.stop();
    running.gateway = false;
    const ru = await cardOf(SIZES[0], LANGUAGES[1]);
    await expect.poll(() => ru.getByTestId('client-card').getByTestId('orders-unavailable').textContent(), { timeout: 10_000 }).toBe('Заказы недоступны');
    // The rest of the card works as without a gateway.
    expect(await ru.getByTestId('client-card').getByTestId('client-tasks').isVisible()).toBe(true);
    await ru.getByTestId('client-card').getByTestId('client-orders').scrollIntoViewIfNeeded();
    await test.screenshot(ru, 'gateway-down-desktop-ru');
    await ru.context().close();
  });
});
