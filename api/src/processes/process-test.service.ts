// Test runs in the process editor: the designer runs the current draft against their own test client and talks to
// it as the visitor of a web chat channel, in a preview chat inside the editor.
//
// Why a hidden test version rather than a run of the draft itself: a run's workflow reads its version's definition
// (immutable, so a run never changes under it), and every run, its steps and the counters point at a version row.
// A test version is such a row with `test` set and number 0: `versions`, `published`, the triggers and startProcess
// read the published numbering only, so real runs never take it, and the counters leave its runs out. A test version
// is reused while the draft is the same and deleted (with its ended test runs) once a newer one replaces it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { announceClientChanges } from '../clients/client-activity.service.ts';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import type { ChannelRow } from '../channels/channel.entity.ts';
import type { ProcessRow, ProcessRunRow, ProcessTestRow, ProcessVersionRow } from './process.entity.ts';
import { processErrors } from './process.errors.ts';
import { startVersion } from './process-runs.service.ts';
import { definitionProblems, findProcess } from './process.service.ts';

/** Whose test client it is: the operator, or the API token that asks. */
const designerOf = (viewer: Viewer) => (viewer.operator ? viewer.operator.id : `token:${viewer.tokenId}`);

/** The web chat channel to test in: the one asked for, or the project's first. */
async function webChatChannel(em: EntityManager, viewer: Viewer, channelGlobalId: string | null | undefined) {
  const channelId = channelGlobalId ? idOf('Channel', channelGlobalId) : null;
  if (channelGlobalId && !channelId) throw processErrors.PROCESS_TEST_CHANNEL('channelId');
  const channel = await selectOne<ChannelRow>(
    em,
    `select * from channel where project_id = ? and kind = 'WEBCHAT' ${channelId ? 'and id = ?' : ''} order by created_at, id limit 1`,
    channelId ? [viewer.project.id, channelId] : [viewer.project.id],
  );
  if (!channel) throw processErrors.PROCESS_TEST_CHANNEL(channelGlobalId ? 'channelId' : 'processId');
  return channel;
}

/**
 * The designer's test client of the process on the channel, made the first time: a visitor named "Test · <process>
 * · <designer>" with an open conversation (a run writes to the client's conversation). Another channel than last
 * time, or a test client an operator blocked or deleted, makes a new one.
 */
async function testClient(app: App, em: EntityManager, viewer: Viewer, process: ProcessRow, channel: ChannelRow) {
  const designer = designerOf(viewer);
  const known = await selectOne<ProcessTestRow>(
    em,
    `select t.* from process_test t join client_channel cc on cc.id = t.client_channel_id join client c on c.id = t.client_id
      where t.process_id = ? and t.designer = ? and cc.channel_id = ? and c.blocked_at is null and c.deleted_at is null`,
    [process.id, designer, channel.id],
  );
  if (known) return known;
  await em.execute('delete from process_test where process_id = ? and designer = ?', [process.id, designer]);
  const clientId = newId();
  const clientChannelId = newId();
  const name = `Test · ${process.name} · ${viewer.operator?.name ?? 'API'}`.slice(0, 100);
  return em.transactional(async (tx) => {
    tx.create(Client, { id: clientId, projectId: viewer.project.id, name });
    tx.create(ClientChannel, { id: clientChannelId, projectId: viewer.project.id, clientId, channelId: channel.id, platformId: `process-test-${clientChannelId}` });
    await tx.flush();
    await tx.execute(
      `insert into conversation (id, project_id, client_id, channel_id, client_channel_id, status, last_activity_at, unread_count, created_at)
       values (?, ?, ?, ?, ?, 'OPEN', now(), 0, now())`,
      [newId(), viewer.project.id, clientId, channel.id, clientChannelId],
    );
    const test = (await selectOne<ProcessTestRow>(
      tx,
      'insert into process_test (id, project_id, process_id, designer, client_id, client_channel_id, created_at) values (?, ?, ?, ?, ?, ?, now()) returning *',
      [newId(), viewer.project.id, process.id, designer, clientId, clientChannelId],
    ))!;
    // A client of the project like any other (the Audience lists it): outgoing webhooks hear of it too.
    await announceClientChanges(tx, [{ client: { id: clientId, projectId: viewer.project.id }, created: true }]);
    return test;
  });
}

/** Stops the test client's active runs of the process through their workflows (STOP records the end first). */
async function stopTestRuns(app: App, em: EntityManager, processId: string, clientId: string, actorId: string | null) {
  const active = await select<ProcessRunRow>(em, "select * from process_run where process_id = ? and client_id = ? and status in ('AUTO', 'MANUAL')", [processId, clientId]);
  for (const run of active) {
    const { refused } = await app.processes.steer(run, { command: 'STOP', blockId: null, actorId });
    if (refused && refused !== 'PROCESS_RUN_ENDED') console.warn(`[processes] the test run ${run.id} did not stop: ${refused}`);
  }
}

/** A test version of the draft: the latest one when the draft is the same, else a new one (older ones go). */
async function testVersion(em: EntityManager, process: ProcessRow, operatorId: string | null) {
  const same = await selectOne<ProcessVersionRow>(em, 'select * from process_version where process_id = ? and test and definition = ?::jsonb order by published_at desc limit 1', [
    process.id,
    JSON.stringify(process.draft),
  ]);
  if (same) return same;
  await em.execute(
    "delete from process_version v where v.process_id = ? and v.test and not exists (select 1 from process_run r where r.version_id = v.id and r.status in ('AUTO', 'MANUAL'))",
    [process.id],
  );
  return (await selectOne<ProcessVersionRow>(
    em,
    'insert into process_version (id, process_id, project_id, version, definition, test, published_by_id, published_at) values (?, ?, ?, 0, ?, true, ?, now()) returning *',
    [newId(), process.id, process.projectId, JSON.stringify(process.draft), operatorId],
  ))!;
}

/**
 * Starts (or restarts) the designer's test run of the saved draft: stops their test client's runs of the process,
 * runs a test version of the draft for the client at its start, and answers a new visitor token of the client for
 * the preview's widget (the previous one stops working). A draft with problems is refused as publishing refuses it.
 */
export async function testDraft(app: App, em: EntityManager, viewer: Viewer, input: { processId: string; channelId?: string | null }) {
  const process = await findProcess(em, viewer, input.processId);
  const problems = await definitionProblems(em, viewer.project.id, process.draft);
  if (problems.length) return { process, problems, test: null };
  const channel = await webChatChannel(em, viewer, input.channelId);
  const test = await testClient(app, em, viewer, process, channel);
  const operatorId = viewer.operator?.id ?? null;
  await stopTestRuns(app, em, process.id, test.clientId, operatorId);
  const version = await testVersion(em, process, operatorId);
  const visitorToken = newToken('vis');
  await em.execute('update client_channel set access_token_hash = ? where id = ?', [tokenHash(visitorToken), test.clientChannelId]);
  // Never `single`: its workflow id is its own, so a stopped run's workflow still finishing does not refuse it.
  const [run] = await startVersion(app, em, version, [test.clientId], version.definition.start!, operatorId, { single: false });
  return { process, problems: [], test: { run: run!, widgetKey: channel.publicKey, visitorToken } };
}

/** Ends the designer's test run of the process (closing the preview): their test client's runs of it stop. */
export async function stopTest(app: App, em: EntityManager, viewer: Viewer, processGlobalId: string) {
  const process = await findProcess(em, viewer, processGlobalId);
  const test = await selectOne<ProcessTestRow>(em, 'select * from process_test where process_id = ? and designer = ?', [process.id, designerOf(viewer)]);
  if (test) await stopTestRuns(app, em, process.id, test.clientId, viewer.operator?.id ?? null);
  return process;
}
