// The chat window's timeline in a real Chromium: changes to the client's card between two messages read as one
// line per actor that opens to show each, even when they span two pages; conversation events stay on their own;
// a change arriving live joins its run; the operator may hide system events, and the choice is remembered.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conversationAction, conversationActionLabel, startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

beforeAll(async () => {
  test = await startBrowserTest();
}, 180_000);

afterAll(async () => {
  await test?.stop();
});

const gql = async (query: string, variables: object, auth: string) => {
  const result = await test.api.gql<any>(query, variables, auth);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const payload = Object.values(result.data ?? {})[0] as { userErrors?: unknown[] } | undefined;
  if (payload?.userErrors?.length) throw new Error(JSON.stringify(payload.userErrors));
  return result.data;
};

const createTags = async (auth: string, names: string[]) => {
  const ids: string[] = [];
  for (const name of names) ids.push((await gql('mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } userErrors { message } } }', { i: { kind: 'TAG', name } }, auth)).createLabel.label.id);
  return ids;
};
const addTags = (auth: string, clientId: string, labelIds: string[]) =>
  gql('mutation($i: ClientLabelsInput!) { addClientLabels(input: $i) { userErrors { message } } }', { i: { clientIds: [clientId], labelIds } }, auth);

it('groups the card changes between two messages per actor, across pages and live, and hides system events on demand', async () => {
  const anna = await test.api.login('anna@demo.test', 'demo-operator');
  const owner = await test.api.login('owner@demo.test', 'demo-owner');
  const bot = `Bearer ${(await gql('mutation { createApiToken(input: { name: "CRM sync" }) { token userErrors { message } } }', {}, owner)).createApiToken.token}`;
  const visitor = await test.visitorWrites('Timeline Visitor', ['Hello, I ordered a lamp']);

  // Anna's 34 changes (more than a page of 30), then her taking the conversation (an event), then the bot's 2
  // changes, then a note, then the client writes again.
  const tagIds = await createTags(anna, Array.from({ length: 16 }, (_, n) => `Batch ${n + 1}`));
  await addTags(anna, visitor.clientId, tagIds);
  await gql('mutation($i: ClientLabelsInput!) { removeClientLabels(input: $i) { userErrors { message } } }', { i: { clientIds: [visitor.clientId], labelIds: tagIds } }, anna);
  await gql('mutation($i: ClientInput!) { takeClient(input: $i) { userErrors { message } } }', { i: { clientId: visitor.clientId } }, anna);
  await gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { userErrors { message } } }', { i: { clientId: visitor.clientId, country: 'Georgia' } }, anna);
  await gql('mutation($i: ConversationInput!) { takeConversation(input: $i) { userErrors { message } } }', { i: { conversationId: visitor.conversationId } }, anna);
  await addTags(bot, visitor.clientId, await createTags(bot, ['Synced', 'Paid online']));
  await gql('mutation($i: AddCommentInput!) { addComment(input: $i) { userErrors { message } } }', { i: { conversationId: visitor.conversationId, text: 'Check the lamp colour' } }, anna);
  await test.visitorWrites('Timeline Visitor', ['Is it shipped yet?'], visitor.visitorToken);

  const page = await test.login('anna@demo.test');
  await test.openConversation(page, visitor.conversationId);
  const chat = page.getByTestId('chat-window');
  const runs = chat.getByTestId('card-changes');
  // The short first page pulls the older one in; then the run split between them is one line.
  await expect.poll(() => chat.getByText('Beginning of the conversation').count(), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => runs.count(), { timeout: 10_000 }).toBe(2);
  expect(await runs.getByTestId('card-changes-summary').allTextContents()).toEqual(['Anna · 34 changes to the card', 'Bot · 2 changes to the card']);
  expect(await chat.getByTestId('client-activity').count()).toBe(0);
  // The conversation event stays a line of its own, between the two runs.
  const taken = chat.locator('[data-testid="timeline-event"][data-type="ASSIGNED"]');
  expect(await taken.textContent()).toContain('Anna Operator took the conversation');
  const order = await chat.locator('[data-testid="card-changes"], [data-testid="timeline-event"], [data-testid="message"], [data-testid="timeline-comment"]').evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-testid')),
  );
  expect(order).toEqual(['message', 'card-changes', 'timeline-event', 'card-changes', 'timeline-comment', 'message']);
  await test.screenshot(page, 'timeline-1-grouped');

  // Opened, the run shows each change; the client card's History keeps every entry too.
  await runs.first().getByTestId('card-changes-toggle').click();
  await expect.poll(() => runs.first().getByTestId('client-activity').count()).toBe(34);
  expect(await runs.first().getByTestId('client-activity').filter({ hasText: 'Tag "Batch 1" added' }).count()).toBe(1);
  expect(await runs.first().getByTestId('client-activity').filter({ hasText: 'took the client' }).count()).toBe(1);
  const history = page.getByTestId('client-card').getByTestId('history-entry');
  expect(await history.count()).toBe(20);
  expect(await history.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Tag "Paid online" added'), expect.stringContaining('Tag "Synced" added')]));
  await test.screenshot(page, 'timeline-2-expanded');
  await runs.first().getByTestId('card-changes-toggle').click();
  await expect.poll(() => chat.getByTestId('client-activity').count()).toBe(0);

  // Live: a change after the last message stands alone, the next one of the same actor joins it.
  await addTags(anna, visitor.clientId, await createTags(anna, ['Returning']));
  await expect.poll(() => chat.getByTestId('client-activity').filter({ hasText: 'Tag "Returning" added' }).count(), { timeout: 10_000 }).toBe(1);
  await addTags(anna, visitor.clientId, await createTags(anna, ['Gift']));
  await expect.poll(() => runs.count(), { timeout: 10_000 }).toBe(3);
  expect(await runs.last().getByTestId('card-changes-summary').textContent()).toBe('Anna · 2 changes to the card');
  expect(await chat.getByTestId('client-activity').count()).toBe(0);

  // Hidden: only the messages and the note are left; the choice outlives a reload.
  await conversationAction(page, 'system-events-toggle');
  await expect.poll(() => runs.count()).toBe(0);
  expect(await chat.getByTestId('timeline-event').count()).toBe(0);
  expect(await chat.getByTestId('message').count()).toBe(2);
  expect(await chat.getByTestId('timeline-comment').count()).toBe(1);
  await test.screenshot(page, 'timeline-3-hidden');
  await page.reload();
  await expect.poll(() => chat.getByTestId('message').count(), { timeout: 15_000 }).toBe(2);
  expect(await conversationActionLabel(page, 'system-events-toggle')).toBe('Show system events');
  expect(await chat.getByTestId('card-changes').count()).toBe(0);
  expect(await chat.getByTestId('timeline-event').count()).toBe(0);

  await conversationAction(page, 'system-events-toggle');
  await expect.poll(() => runs.count(), { timeout: 10_000 }).toBe(3);
  await page.close();
}, 120_000);
