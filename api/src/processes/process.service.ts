import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { conditionsSql } from '../conversations/conversation-conditions.ts';
import type { ConversationCondition } from '../generated/graphql.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { requireRoom } from '../limits/list-caps.ts';
import { systemVariables } from '../variables/system-variables.ts';
import { emptyDefinition, parseDefinition, problemsOf, type Definition, type Problem } from '../../../workflows/src/processes/definition.ts';
import type { ProcessRow, ProcessVersionRow } from './process.entity.ts';
import { processErrors } from './process.errors.ts';
import { schedulesToRemove, syncSchedules } from './process-schedules.service.ts';

/** A problem that keeps a process from being published, as the API answers it. */
export type ProcessProblem = Pick<Problem, 'blockId' | 'detail'> & { code: Problem['code'] | 'INVALID' };

/** The definition, or PROCESS_DEFINITION_INVALID naming the first thing wrong with its shape. */
export function validDefinition(input: unknown, field = 'definition'): Definition {
  const parsed = parseDefinition(input ?? {});
  if ('problem' in parsed) throw processErrors.PROCESS_DEFINITION_INVALID(field, { problem: parsed.problem });
  return parsed.definition;
}

export async function findProcess(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Process', globalId);
  const found = id ? await selectOne<ProcessRow>(em, 'select * from process where id = ? and project_id = ?', [id, viewer.project.id]) : null;
  if (!found) throw processErrors.PROCESS_NOT_FOUND('processId');
  return found;
}

export const listProcesses = (em: EntityManager, viewer: Viewer) => select<ProcessRow>(em, 'select * from process where project_id = ? order by name, id', [viewer.project.id]);

export async function createProcess(em: EntityManager, viewer: Viewer, input: { name: string; definition?: unknown }) {
  const name = boundedText(input.name, 'name', processErrors.PROCESS_NAME_LENGTH);
  const definition = input.definition == null ? emptyDefinition() : validDefinition(input.definition);
  await requireRoom(em, 'Query.processes', ['select count(*)::int as n from process where project_id = ?', [viewer.project.id]], processErrors.PROCESS_LIMIT);
  return (await selectOne<ProcessRow>(
    em,
    'insert into process (id, project_id, name, draft, published_version, created_at, updated_at) values (?, ?, ?, ?, 0, now(), now()) returning *',
    [newId(), viewer.project.id, name, JSON.stringify(definition)],
  ))!;
}

export async function saveDraft(em: EntityManager, viewer: Viewer, input: { processId: string; name?: string | null; definition: unknown }) {
  const process = await findProcess(em, viewer, input.processId);
  const name = input.name == null ? process.name : boundedText(input.name, 'name', processErrors.PROCESS_NAME_LENGTH);
  const definition = validDefinition(input.definition);
  return (await selectOne<ProcessRow>(em, 'update process set name = ?, draft = ?, updated_at = now() where id = ? returning *', [name, JSON.stringify(definition), process.id]))!;
}

/**
 * What keeps the definition from being published in this project: the graph's problems, conditions the filters
 * refuse, and schedule segments whose saved filter the publisher (`operatorId`; null: an API token) cannot see.
 */
export async function definitionProblems(em: EntityManager, projectId: string, definition: Definition, operatorId: string | null = null): Promise<ProcessProblem[]> {
  const custom = await select<{ key: string }>(em, "select key from variable_definition where project_id = ? and scope = 'CLIENT'", [projectId]);
  const known = new Set([...systemVariables.map((variable) => variable.key), ...custom.map((variable) => variable.key)]);
  const problems: ProcessProblem[] = problemsOf(definition, known);
  for (const block of definition.blocks) {
    if (block.type !== 'CONDITION') continue;
    try {
      // The filters' own implementation: what it refuses, a condition block would fail on.
      conditionsSql({ conditions: block.conditions as ConversationCondition[], match: block.match }, { client: 'cl' });
    } catch (error) {
      problems.push({ code: 'INVALID', blockId: block.id, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const trigger of definition.triggers) {
    if (trigger.type !== 'SCHEDULE') continue;
    const { segment } = trigger;
    if (segment.kind === 'CONDITIONS') {
      try {
        conditionsSql({ conditions: segment.conditions as ConversationCondition[], match: segment.match }, { client: 'cl' });
      } catch (error) {
        problems.push({ code: 'INVALID', blockId: null, detail: `${trigger.id}: ${error instanceof Error ? error.message : String(error)}` });
      }
      continue;
    }
    const id = idOf('SavedFilter', segment.savedFilterId);
    const visible = id && (await selectOne(em, 'select 1 from saved_filter where id = ? and project_id = ? and (shared or owner_id = ?)', [id, projectId, operatorId]));
    if (!visible) problems.push({ code: 'INVALID', blockId: null, detail: `${trigger.id}: no such saved filter` });
  }
  return problems.slice(0, 100);
}

/** Publishes the draft as the next version, unless it has problems (PROCESS_INVALID, with them). */
export async function publishProcess(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const process = await findProcess(em, viewer, globalId);
  const problems = await definitionProblems(em, viewer.project.id, process.draft, viewer.operator?.id ?? null);
  if (problems.length) return { process, problems };
  const published = await em.transactional(async (tx) => {
    // Numbered under the process's row lock: two publishes at once make two versions, one after the other.
    const locked = (await selectOne<ProcessRow>(tx, 'update process set published_version = published_version + 1 where id = ? returning *', [process.id]))!;
    await tx.execute(
      'insert into process_version (id, process_id, project_id, version, definition, published_by_id, published_at) values (?, ?, ?, ?, ?, ?, now())',
      [newId(), process.id, viewer.project.id, locked.publishedVersion, JSON.stringify(locked.draft), viewer.operator?.id ?? null],
    );
    return { process: locked, problems: [] };
  });
  // Once committed: the schedules its SCHEDULE triggers want (the firings read the latest version).
  await syncSchedules(app, em, process.id, viewer.project.timeZone);
  return published;
}

export async function findVersion(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('ProcessVersion', globalId);
  const found = id ? await selectOne<ProcessVersionRow>(em, 'select * from process_version where id = ? and project_id = ?', [id, viewer.project.id]) : null;
  if (!found) throw processErrors.PROCESS_VERSION_NOT_FOUND('versionId');
  return found;
}

export async function restoreVersion(em: EntityManager, viewer: Viewer, versionGlobalId: string) {
  const version = await findVersion(em, viewer, versionGlobalId);
  return (await selectOne<ProcessRow>(em, 'update process set draft = ?, updated_at = now() where id = ? returning *', [JSON.stringify(version.definition), version.processId]))!;
}

export async function deleteProcess(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const process = await findProcess(em, viewer, globalId);
  const active = (await selectOne<{ n: number }>(em, "select count(*)::int as n from process_run where process_id = ? and status in ('AUTO', 'MANUAL')", [process.id]))!.n;
  if (active) throw processErrors.PROCESS_HAS_RUNS('processId', { count: active });
  const removeSchedules = await schedulesToRemove(app, em, process.id);
  await em.execute('delete from process where id = ?', [process.id]);
  await removeSchedules();
  return process;
}

// Published versions only: a test version (process-test.service.ts) is never listed nor the latest.
export const latestVersion = (em: EntityManager, processId: string) =>
  selectOne<ProcessVersionRow>(em, 'select * from process_version where process_id = ? and not test order by version desc limit 1', [processId]);

export const listVersions = (em: EntityManager, processId: string) =>
  select<ProcessVersionRow>(em, 'select * from process_version where process_id = ? and not test order by version desc limit 200', [processId]);

/** Whether the draft differs from the latest version (jsonb compares by value, whatever the key order). */
export async function hasUnpublishedChanges(em: EntityManager, process: ProcessRow) {
  const row = await selectOne<{ same: boolean }>(em, 'select v.definition = p.draft as same from process p join process_version v on v.process_id = p.id and v.version = p.published_version and not v.test where p.id = ?', [process.id]);
  return !row?.same;
}
