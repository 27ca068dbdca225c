// What a browser test file needs, as chat.e2e.test.ts does it: the built inbox, a test API with the demo project,
// Debian's Chromium, logins, a visitor who writes through the widget's own mutations, and screenshots on demand.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { select } from '../../api/src/db/rows.ts';
import { toGlobalId } from '../../api/src/graphql/global-id.ts';
import { startTestApi, type TestApi } from '../../api/test/harness.ts';
import { buildWebIfStale } from '../../api/src/web-build.ts';

export type BrowserTest = Awaited<ReturnType<typeof startBrowserTest>>;

/** Opens the operator's menu in the header (status, read on open, language, shortcuts, log out) if it is closed. */
export async function openUserMenu(page: Page) {
  const button = page.getByTestId('user-menu');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByTestId('user-menu-list').waitFor();
}

/** The operator's language, chosen in their menu (which closes again). */
export async function chooseLanguage(page: Page, code: 'en' | 'ru') {
  await openUserMenu(page);
  await page.locator(`[data-testid="language-option"][data-locale="${code}"]`).click();
  await page.keyboard.press('Escape');
}

/** The operator's own status, chosen in their menu (which closes again). */
export async function setPresence(page: Page, status: 'ONLINE' | 'AWAY' | 'OFFLINE') {
  await openUserMenu(page);
  await page.locator(`[data-testid="presence-option"][data-status="${status}"]`).click();
  await page.keyboard.press('Escape');
}

// The chat window header's actions fold into its More menu when the name would be squeezed.
const headerAction = (page: Page, testId: string) => page.locator(`.chat-window-header [role="toolbar"] > [data-testid="${testId}"]`);

/** Clicks a conversation action in the chat header, opening More first when the action is folded into it. */
export async function conversationAction(page: Page, testId: string) {
  if ((await headerAction(page, testId).count()) === 0 && (await page.getByTestId('conversation-more').count()) > 0) {
    await openConversationMore(page);
  }
  await page.getByTestId(testId).click();
}

/** What a conversation action says (an icon button's name, a menu item's words), from More when it is folded. */
export async function conversationActionLabel(page: Page, testId: string): Promise<string | null> {
  if ((await headerAction(page, testId).count()) > 0) return headerAction(page, testId).getAttribute('aria-label');
  await openConversationMore(page);
  const label = await page.getByTestId('conversation-more-menu').getByTestId(testId).textContent();
  await page.keyboard.press('Escape');
  return label;
}

/** Opens the conversation's More menu if it is closed. */
export async function openConversationMore(page: Page) {
  const more = page.getByTestId('conversation-more');
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await page.getByTestId('conversation-more-menu').waitFor();
}

/** Whether the chat header offers an action, on the toolbar or in More (which is left as it was found). */
export async function conversationOffers(page: Page, testId: string): Promise<boolean> {
  if ((await headerAction(page, testId).count()) > 0) return true;
  if ((await page.getByTestId('conversation-more').count()) === 0) return false;
  await openConversationMore(page);
  const offered = (await page.getByTestId('conversation-more-menu').getByTestId(testId).count()) > 0;
  await page.keyboard.press('Escape');
  return offered;
}

export async function startBrowserTest(options: { clients?: number; api?: Parameters<typeof startTestApi>[0] } = {}) {
  await buildWebIfStale();
  const api: TestApi = await startTestApi(options.api);
  await api.seed({ clients: options.clients ?? 10 });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  // Each page is its own browser context: its own storage, so its own login. 1440 px wide, as operators work.
  const login = async (email: string, password = 'demo-operator'): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(api.url);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    return page;
  };

  // Opens a conversation by its link, as a notification or a shared URL does.
  const openConversation = async (page: Page, id: string) => {
    await page.evaluate((value) => (location.hash = `#/c/${encodeURIComponent(value)}`), id);
    await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  };

  /** A new visitor of the demo widget who writes `texts` in order; answers their conversation's and client's ids. */
  const visitorWrites = async (name: string, texts: string[], token?: string) => {
    let visitorToken = token;
    if (!visitorToken) {
      const start = await api.gql<{ widgetStart: { session: { visitorToken: string } | null } }>(
        'mutation($input: WidgetStartInput!) { widgetStart(input: $input) { session { visitorToken } userErrors { message } } }',
        { input: { publicKey: 'demo-shop', name } },
      );
      visitorToken = start.data?.widgetStart.session?.visitorToken;
      if (!visitorToken) throw new Error(`widgetStart failed: ${JSON.stringify(start)}`);
    }
    for (const text of texts) {
      const sent = await api.gql(
        'mutation($input: WidgetSendInput!) { widgetSend(input: $input) { message { id } userErrors { message } } }',
        { input: { text, idempotencyKey: `${name}-${text}`.slice(0, 100) } },
        `Visitor ${visitorToken}`,
      );
      if (sent.errors) throw new Error(`widgetSend failed: ${JSON.stringify(sent)}`);
    }
    const owner = await api.login('owner@demo.test', 'demo-owner');
    const found = await api.gql<{ conversations: { edges: { node: { id: string; client: { id: string; name: string } } }[] } }>(
      'query($f: ConversationFilter) { conversations(first: 100, filter: $f) { edges { node { id client { id name } } } } }',
      { f: { section: 'ALL' } },
      owner,
    );
    const conversation = found.data!.conversations.edges.map((edge) => edge.node).find((node) => node.client.name === name);
    if (!conversation) throw new Error(`no conversation of ${name}`);
    return { conversationId: conversation.id, clientId: conversation.client.id, visitorToken };
  };

  /** A visitor's first message in the demo widget, opened on `page`: stored, it answers their conversation's and client's ids. */
  const widgetWrites = async (page: Page, text: string) => {
    await page.goto(`${api.url}/widget/demo-shop`);
    await page.getByTestId('widget-input').fill(text);
    await page.getByTestId('widget-send').click();
    const stored = () =>
      select<{ conversationId: string; clientId: string }>(api.app.orm.em.fork(), 'select m.conversation_id, c.client_id from message m join conversation c on c.id = m.conversation_id where m.text = ?', [text]);
    await expect.poll(async () => (await stored()).length, { timeout: 10_000 }).toBe(1);
    const [row] = await stored();
    return { conversationId: toGlobalId('Conversation', row!.conversationId), clientId: toGlobalId('Client', row!.clientId) };
  };

  // SCREENSHOTS_DIR=/some/dir (or E2E_SCREENSHOTS, as i18n's tests name it) keeps what the test saw, for people to look at.
  const screenshot = async (page: Page, name: string) => {
    const dir = process.env.SCREENSHOTS_DIR ?? process.env.E2E_SCREENSHOTS;
    if (!dir) return;
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`) });
  };

  return {
    api,
    browser,
    login,
    openConversation,
    visitorWrites,
    widgetWrites,
    screenshot,
    stop: async () => {
      await browser.close();
      await api.stop();
    },
  };
}
