// End to end in a real Chromium: what an owner or a manager sets up in Settings — quick replies and their folders,
// funnels and their stages, client and deal variables, which roles may delete messages — through the real API and
// PostgreSQL. Each section is shown only to those the server lets manage it (an operator sees none, and the server
// refuses them too); a quick reply made from the composer's picker goes into the composer at once; the language
// switch shows the sections in Russian. SCREENSHOTS=<dir> keeps a 1440 px screenshot of each section.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/harness.ts';
import { buildWebIfStale } from '../../api/src/web-build.ts';
import { chooseLanguage } from './browser-harness.ts';

let api: TestApi;
let browser: Browser;
const screenshots = process.env['SCREENSHOTS'];

beforeAll(async () => {
  await buildWebIfStale();
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 3 });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  if (screenshots) mkdirSync(screenshots, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const passwords: Record<string, string> = { owner: 'demo-owner', manager: 'demo-manager', anna: 'demo-operator' };

// Each page is its own browser context (its own login), 1440 px wide like an office screen.
const login = async (who: 'owner' | 'manager' | 'anna'): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(api.url);
  await page.getByTestId('login-email').fill(`${who}@demo.test`);
  await page.getByTestId('login-password').fill(passwords[who]!);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
};

const openSection = async (page: Page, key: string) => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId(`settings-nav-${key}`).click();
  await expect.poll(() => page.getByTestId(`settings-${key}`).count(), { timeout: 10_000 }).toBe(1);
};

const navLabels = (page: Page) => page.locator('.settings-nav-link').allTextContents();

const snap = async (page: Page, name: string) => {
  if (!screenshots) return;
  // The settings scroll inside their own pane: the window grows to show all of it, then shrinks back.
  const height = await page.evaluate(() => Math.max(900, (document.querySelector('.settings-content')?.scrollHeight ?? 0) + 60));
  await page.setViewportSize({ width: 1440, height });
  await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
};

/** Renames in place: the inputs save on change (Enter, or leaving the field). */
const rename = async (input: ReturnType<Page['locator']>, name: string) => {
  await input.fill(name);
  await input.press('Enter');
};

const asManager = async () => api.login('manager@demo.test', 'demo-manager');

it('shows each setup section to whom the server lets manage it; an operator sees none, and the server refuses them', async () => {
  const owner = await login('owner');
  await owner.getByTestId('nav-settings').click();
  await expect.poll(() => navLabels(owner), { timeout: 10_000 }).toEqual(['My account', 'General', 'Message deletion', 'Operators', 'Teams', 'Quick replies', 'Funnels', 'Variables', 'Channels', 'API tokens', 'Webhooks']);

  const manager = await login('manager');
  await manager.getByTestId('nav-settings').click();
  await expect.poll(() => navLabels(manager), { timeout: 10_000 }).toEqual(['My account', 'Teams', 'Quick replies', 'Funnels', 'Variables']);

  // An operator sees only their account, even at a section's own address.
  const anna = await login('anna');
  await anna.getByTestId('nav-settings').click();
  await expect.poll(() => navLabels(anna), { timeout: 10_000 }).toEqual(['My account']);
  await anna.evaluate(() => (location.hash = '#/settings/funnels'));
  await expect.poll(() => anna.getByTestId('settings-funnels').count()).toBe(0);
  expect(await anna.locator('.settings-nav-link.is-active').textContent()).toBe('My account');

  const annaToken = await api.login('anna@demo.test', 'demo-operator');
  const refused = async (mutation: string, input: string) =>
    ((await api.gql(`mutation { ${mutation}(input: ${input}) { userErrors { code } } }`, {}, annaToken)) as any).data[mutation].userErrors[0]?.code;
  expect(await refused('createQuickReplyFolder', '{ name: "Mine" }')).toBe('FORBIDDEN');
  expect(await refused('saveQuickReply', '{ title: "Mine", text: "Hi" }')).toBe('FORBIDDEN');
  expect(await refused('createFunnel', '{ name: "Mine", stages: ["A"] }')).toBe('FORBIDDEN');
  expect(await refused('createVariableDefinition', '{ scope: CLIENT, key: "mine", name: "Mine", type: TEXT }')).toBe('FORBIDDEN');
  expect(await refused('updateProjectSettings', '{ messageDeletionRoles: [OPERATOR] }')).toBe('FORBIDDEN');
  await Promise.all([owner.close(), manager.close(), anna.close()]);
}, 90_000);

it('keeps quick replies in folders: created, renamed, found, moved, edited and deleted', async () => {
  const page = await login('manager');
  await openSection(page, 'quick-replies');
  const section = page.getByTestId('settings-quick-replies');
  await expect.poll(() => section.textContent()).toContain('No quick replies yet.');

  await page.getByTestId('add-quick-reply-folder').locator('input[name="name"]').fill('Delivery');
  await page.getByTestId('add-quick-reply-folder').locator('button[type="submit"]').click();
  const folder = page.locator('[data-testid="folder-row"][data-name="Delivery"]');
  await expect.poll(() => folder.count(), { timeout: 10_000 }).toBe(1);
  await rename(folder.getByRole('textbox', { name: 'Folder name' }), 'Shipping');
  const shipping = page.locator('[data-testid="folder-row"][data-name="Shipping"]');
  await expect.poll(() => shipping.count(), { timeout: 10_000 }).toBe(1);

  // A reply in the folder, its variable put in from the list of those that exist.
  await page.getByTestId('new-quick-reply').click();
  const form = page.getByTestId('add-quick-reply');
  await form.locator('input[name="title"]').fill('Where is my order');
  await form.locator('textarea[name="text"]').fill('Hello, ');
  await form.locator('[data-testid="quick-reply-variable"][data-key="first_name"]').click();
  await form.locator('textarea[name="text"]').press('End');
  await form.locator('textarea[name="text"]').pressSequentially('! It is on its way.');
  await form.locator('select[name="folderId"]').selectOption({ label: 'Shipping' });
  await snap(page, 'quick-replies-form');
  await page.getByTestId('add-quick-reply-submit').click();
  const order = page.locator('[data-testid="quick-reply-row"][data-title="Where is my order"]');
  await expect.poll(() => order.count(), { timeout: 10_000 }).toBe(1);
  expect(await order.textContent()).toContain('Hello, #{first_name}! It is on its way.');
  expect(await order.getByTestId('quick-reply-folder').textContent()).toBe('Shipping');
  await expect.poll(() => shipping.textContent()).toContain('1 quick reply');

  await page.getByTestId('new-quick-reply').click();
  await form.locator('input[name="title"]').fill('Opening hours');
  await form.locator('textarea[name="text"]').fill('We are open 9 to 21 every day.');
  await page.getByTestId('add-quick-reply-submit').click();
  const hours = page.locator('[data-testid="quick-reply-row"][data-title="Opening hours"]');
  await expect.poll(() => hours.count(), { timeout: 10_000 }).toBe(1);
  const titles = () => page.getByTestId('quick-reply-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-title')));

  // Found by words, by folder, and those in none.
  await page.getByTestId('quick-reply-settings-search').fill('21 every');
  await expect.poll(titles, { timeout: 10_000 }).toEqual(['Opening hours']);
  await page.getByTestId('quick-reply-settings-search').fill('');
  await expect.poll(titles, { timeout: 10_000 }).toEqual(['Opening hours', 'Where is my order']);
  await page.getByTestId('quick-reply-folder-filter').selectOption({ label: 'Shipping' });
  await expect.poll(titles, { timeout: 10_000 }).toEqual(['Where is my order']);
  await page.getByTestId('quick-reply-folder-filter').selectOption({ label: 'Without a folder' });
  await expect.poll(titles, { timeout: 10_000 }).toEqual(['Opening hours']);
  await page.getByTestId('quick-reply-folder-filter').selectOption({ label: 'All folders' });
  await expect.poll(titles, { timeout: 10_000 }).toEqual(['Opening hours', 'Where is my order']);
  await snap(page, 'quick-replies');

  // Edited: moved into the folder, with a new text.
  await hours.getByRole('button', { name: 'Edit' }).click();
  const edit = hours.getByTestId('edit-quick-reply');
  await edit.locator('select[name="folderId"]').selectOption({ label: 'Shipping' });
  await edit.locator('textarea[name="text"]').fill('We are open 10 to 20 every day, #{name}.');
  await hours.getByTestId('edit-quick-reply-submit').click();
  await expect.poll(() => hours.getByTestId('quick-reply-folder').textContent(), { timeout: 10_000 }).toBe('Shipping');
  expect(await hours.textContent()).toContain('10 to 20');
  await expect.poll(() => shipping.textContent()).toContain('2 quick replies');

  // Deleting the folder keeps its replies, outside any folder; a reply is deleted after a confirmation.
  await shipping.getByRole('button', { name: 'Delete' }).click();
  await shipping.getByTestId('folder-delete-confirm').click();
  await expect.poll(() => shipping.count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.getByTestId('quick-reply-folder').count()).toBe(0);
  expect(await titles()).toEqual(['Opening hours', 'Where is my order']);
  await hours.getByRole('button', { name: 'Delete' }).click();
  await hours.getByTestId('quick-reply-delete-confirm').click();
  await expect.poll(titles, { timeout: 10_000 }).toEqual(['Where is my order']);
  await page.close();
}, 120_000);

it('sets up funnels: created, renamed, stages added, renamed, reordered, given a responsible, deleted with their deals moved', async () => {
  const page = await login('manager');
  await openSection(page, 'funnels');
  await expect.poll(() => page.getByTestId('settings-funnels').textContent()).toContain('No funnels yet');

  await page.getByTestId('add-funnel').locator('input[name="name"]').fill('Wholesale');
  await page.getByTestId('add-funnel').locator('button[type="submit"]').click();
  const card = page.getByTestId('funnel-card');
  await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
  const stages = () => card.getByTestId('stage-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
  await expect.poll(stages).toEqual(['New', 'In progress', 'Done']);
  await rename(card.getByRole('textbox', { name: 'Funnel name' }), 'Wholesale B2B');
  await expect.poll(() => card.getAttribute('data-name'), { timeout: 10_000 }).toBe('Wholesale B2B');

  await card.getByTestId('add-stage').locator('input').fill('Invoice');
  await card.getByTestId('add-stage').locator('button').click();
  await expect.poll(stages, { timeout: 10_000 }).toEqual(['New', 'In progress', 'Done', 'Invoice']);
  await rename(card.getByRole('textbox', { name: 'Name of stage 2' }), 'Negotiation');
  await expect.poll(stages, { timeout: 10_000 }).toEqual(['New', 'Negotiation', 'Done', 'Invoice']);
  await card.getByRole('button', { name: 'Move Invoice up' }).click();
  await expect.poll(stages, { timeout: 10_000 }).toEqual(['New', 'Negotiation', 'Invoice', 'Done']);
  await card.getByRole('combobox', { name: 'Responsible for deals at Invoice' }).selectOption({ label: 'Boris Operator' });
  const funnels = async () => ((await api.gql('{ funnels { id name stages { id name responsible { name } } } }', {}, await asManager())) as any).data.funnels;
  await expect.poll(async () => (await funnels())[0].stages.find((s: any) => s.name === 'Invoice').responsible?.name, { timeout: 10_000 }).toBe('Boris Operator');

  // A stage without deals goes after a confirmation.
  const done = card.locator('[data-testid="stage-row"][data-name="Done"]');
  await done.getByRole('button', { name: 'Delete' }).click();
  await done.getByTestId('stage-delete-confirm').click();
  await expect.poll(stages, { timeout: 10_000 }).toEqual(['New', 'Negotiation', 'Invoice']);

  // A deal at New: its stage asks where the deal goes, and the funnel cannot be deleted.
  const [funnel] = await funnels();
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const client: any = await api.gql('{ conversations(first: 1) { edges { node { client { id } } } } }', {}, anna);
  const deal: any = await api.gql('mutation($i: CreateDealInput!) { createDeal(input: $i) { userErrors { code } } }', { i: { clientId: client.data.conversations.edges[0].node.client.id, funnelId: funnel.id, title: 'Pallets' } }, anna);
  expect(deal.data.createDeal.userErrors).toEqual([]);
  await page.getByTestId('settings-nav-variables').click();
  await page.getByTestId('settings-nav-funnels').click();
  await expect.poll(() => card.getByTestId('funnel-deals').textContent(), { timeout: 10_000 }).toBe('1 deal');
  expect(await card.getByRole('button', { name: 'Delete' }).first().isDisabled()).toBe(true);
  await snap(page, 'funnels');
  const fresh = card.locator('[data-testid="stage-row"][data-name="New"]');
  await fresh.getByRole('button', { name: 'Delete' }).click();
  await fresh.getByTestId('stage-move-deals-to').selectOption({ label: 'Invoice' });
  await snap(page, 'funnels-delete-stage');
  await fresh.getByTestId('stage-delete-confirm').click();
  await expect.poll(stages, { timeout: 10_000 }).toEqual(['Negotiation', 'Invoice']);
  expect(await card.locator('[data-testid="stage-row"][data-name="Invoice"]').textContent()).toContain('1 deal');

  // A funnel without deals is deleted.
  await page.getByTestId('add-funnel').locator('input[name="name"]').fill('Temporary');
  await page.getByTestId('add-funnel').locator('button[type="submit"]').click();
  const temporary = page.locator('[data-testid="funnel-card"][data-name="Temporary"]');
  await expect.poll(() => temporary.count(), { timeout: 10_000 }).toBe(1);
  await temporary.getByRole('button', { name: 'Delete' }).first().click();
  await temporary.getByTestId('funnel-delete-confirm').click();
  await expect.poll(() => temporary.count(), { timeout: 10_000 }).toBe(0);
  expect((await funnels()).map((f: any) => f.name)).toEqual(['Wholesale B2B']);
  await page.close();
}, 120_000);

it('defines client and deal variables: created, refused when the key is taken, renamed, deleted; system ones read-only', async () => {
  const page = await login('manager');
  await openSection(page, 'variables');
  const add = async (scope: 'CLIENT' | 'DEAL', key: string, name: string, type: string) => {
    const form = page.getByTestId(`add-variable-${scope}`);
    await form.locator('input[name="key"]').fill(key);
    await form.locator('input[name="name"]').fill(name);
    await form.locator('select[name="type"]').selectOption({ label: type });
    await form.locator('button[type="submit"]').click();
  };
  const row = (scope: 'CLIENT' | 'DEAL', key: string) => page.getByTestId(`variables-${scope}`).locator(`[data-testid="variable-row"][data-key="${key}"]`);

  await add('CLIENT', 'city', 'City', 'Text');
  await expect.poll(() => row('CLIENT', 'city').count(), { timeout: 10_000 }).toBe(1);
  expect(await row('CLIENT', 'city').textContent()).toContain('Text');
  await add('DEAL', 'seats', 'Seats', 'Number');
  await expect.poll(() => row('DEAL', 'seats').count(), { timeout: 10_000 }).toBe(1);
  await add('CLIENT', 'City', 'Again', 'Text');
  await expect.poll(() => page.getByTestId('settings-error').textContent(), { timeout: 10_000 }).toBe('A variable with this key exists already.');
  await snap(page, 'variables-refused');

  await rename(row('CLIENT', 'city').getByRole('textbox', { name: 'Name of city' }), 'Home city');
  const definitions = async (scope: string) => ((await api.gql(`{ variableDefinitions(scope: ${scope}) { key name } }`, {}, await asManager())) as any).data.variableDefinitions;
  await expect.poll(() => definitions('CLIENT'), { timeout: 10_000 }).toEqual([{ key: 'city', name: 'Home city' }]);

  // The system's own: listed, nothing to change.
  const system = page.getByTestId('system-variables');
  expect(await system.locator('[data-testid="system-variable-row"][data-key="first_name"]').textContent()).toContain('Client’s first name');
  expect(await system.locator('input, select, button').count()).toBe(0);
  await snap(page, 'variables');

  // The section reloads after each change and draws its rows anew: delete once the rename's reload is in.
  await page.waitForLoadState('networkidle');
  await row('DEAL', 'seats').getByRole('button', { name: 'Delete' }).click();
  await row('DEAL', 'seats').getByTestId('variable-delete-confirm').click();
  await expect.poll(() => row('DEAL', 'seats').count(), { timeout: 10_000 }).toBe(0);
  expect(await definitions('DEAL')).toEqual([]);
  await page.close();
}, 90_000);

it('lets owners choose which roles may delete messages, and the permission follows at once', async () => {
  const page = await login('owner');
  await openSection(page, 'message-deletion');
  const role = (name: string) => page.getByTestId(`deletion-role-${name}`);
  await expect.poll(() => role('OWNER').isChecked()).toBe(true);
  expect(await role('ADMIN').isChecked()).toBe(true);
  expect(await role('MANAGER').isChecked()).toBe(false);
  const managerMay = async () => ((await api.gql('{ me { can { deleteMessages } } }', {}, await asManager())) as any).data.me.can.deleteMessages;
  expect(await managerMay()).toBe(false);

  await role('MANAGER').check();
  await expect.poll(managerMay, { timeout: 10_000 }).toBe(true);
  await expect.poll(() => role('MANAGER').isDisabled()).toBe(false);
  await snap(page, 'message-deletion');
  await role('MANAGER').uncheck();
  await expect.poll(managerMay, { timeout: 10_000 }).toBe(false);
  await page.close();
}, 60_000);

it('makes a quick reply from the composer’s picker and puts it in the composer at once', async () => {
  const page = await login('manager');
  const row = page.getByTestId('chat-row').first();
  const conversationId = (await row.getAttribute('data-conversation-id'))!;
  await row.click();
  await expect.poll(() => page.getByTestId('chat-window').count(), { timeout: 10_000 }).toBe(1);
  const conversation: any = await api.gql('query($id: ID!) { conversation(id: $id) { client { name } } }', { id: conversationId }, await asManager());
  const firstName = conversation.data.conversation.client.name.split(/\s+/)[0];

  await page.getByTestId('quick-reply-button').click();
  await page.getByTestId('quick-reply-new').click();
  const form = page.getByTestId('picker-new-quick-reply');
  await form.locator('input[name="title"]').fill('Thanks');
  await form.locator('textarea[name="text"]').fill('Thank you, ');
  await form.locator('[data-testid="quick-reply-variable"][data-key="first_name"]').click();
  await form.locator('textarea[name="text"]').press('End');
  await form.locator('textarea[name="text"]').pressSequentially('!');
  await snap(page, 'picker-new-quick-reply');
  await page.getByTestId('picker-new-quick-reply-submit').click();

  await expect.poll(() => page.getByTestId('composer').inputValue(), { timeout: 10_000 }).toBe(`Thank you, ${firstName}!`);
  expect(await page.getByTestId('quick-reply-picker').count()).toBe(0);
  // And it is in the list for the next time.
  await page.getByTestId('composer').fill('');
  await page.getByTestId('quick-reply-button').click();
  await expect.poll(() => page.getByTestId('quick-reply-option').filter({ hasText: 'Thanks' }).count(), { timeout: 10_000 }).toBe(1);
  await page.close();

  // An operator's picker offers no "New quick reply": the server would refuse it.
  const anna = await login('anna');
  await anna.getByTestId('chat-row').first().click();
  await anna.getByTestId('quick-reply-button').click();
  await expect.poll(() => anna.getByTestId('quick-reply-option').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await anna.getByTestId('quick-reply-new').count()).toBe(0);
  await anna.close();
}, 90_000);

it('shows the sections in Russian once the language is switched', async () => {
  const page = await login('owner');
  await openSection(page, 'quick-replies');
  await chooseLanguage(page, 'ru');
  await expect.poll(() => navLabels(page)).toEqual([
    'Мой аккаунт',
    'Основные',
    'Удаление сообщений',
    'Операторы',
    'Команды',
    'Быстрые ответы',
    'Воронки',
    'Переменные',
    'Каналы',
    'API-токены',
    'Вебхуки',
  ]);
  expect(await page.getByTestId('settings-quick-replies').locator('h2').textContent()).toBe('Быстрые ответы');
  await snap(page, 'ru-quick-replies');
  for (const [key, title] of [['funnels', 'Воронки'], ['variables', 'Переменные'], ['message-deletion', 'Удаление сообщений']] as const) {
    await page.getByTestId(`settings-nav-${key}`).click();
    await expect.poll(() => page.getByTestId(`settings-${key}`).locator('h2').textContent(), { timeout: 10_000 }).toBe(title);
    await snap(page, `ru-${key}`);
  }
  expect(await page.getByTestId('settings-funnels').count()).toBe(0);
  await expect.poll(() => page.getByTestId('settings-message-deletion').textContent()).toContain('Менеджер');
  // The operator's choice is kept on the server: back to English for whoever logs in as the owner next.
  await chooseLanguage(page, 'en');
  await expect.poll(() => navLabels(page)).toContain('Quick replies');
  await page.close();
}, 60_000);
