import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { select } from '../db/rows.ts';
import type { Block, Definition } from '../../../workflows/src/processes/definition.ts';

/** A block of a version, as ProcessBlock resolves it (its counters are the process's: block ids outlive versions). */
export type ProcessBlockModel = { processId: string; block: Block };

export const blocksOf = (processId: string, definition: Definition): ProcessBlockModel[] =>
  [...definition.blocks].sort((a, b) => a.number - b.number).map((block) => ({ processId, block }));

// Test runs (the editor's preview) are no clients of the funnel: the counters leave them out.
const testVersion = (versionId: string) => `select 1 from process_version v where v.id = ${versionId} and v.test`;

export type BlockCounters = Map<string, { active: number; today: number }>;

/**
 * Per process: clients at each block now (active runs, by the partial index on process_run) and clients who entered
 * it since midnight in the project's time zone (ENTERED steps, by their partial index), test runs left out. One
 * query per batch.
 */
export const blockCountersLoader = (em: EntityManager, timeZone: string) =>
  new DataLoader<string, BlockCounters>(async (processIds) => {
    const rows = await select<{ processId: string; blockId: string; active: number; today: number }>(
      em,
      `select process_id, block_id, sum(active)::int as active, sum(today)::int as today from (
         select r.process_id, r.block_id, count(*) as active, 0 as today from process_run r
          where r.process_id in (?) and r.status in ('AUTO', 'MANUAL') and not exists (${testVersion('r.version_id')}) group by r.process_id, r.block_id
         union all
         select s.process_id, s.block_id, 0, count(distinct s.run_id) from process_run_step s
          where s.process_id in (?) and s.kind = 'ENTERED' and s.at >= (date_trunc('day', now() at time zone ?) at time zone ?)
            and not exists (${testVersion('(select r.version_id from process_run r where r.id = s.run_id)')}) group by s.process_id, s.block_id
       ) counts where block_id is not null group by process_id, block_id`,
      [processIds, processIds, timeZone, timeZone],
    );
    return processIds.map((processId) => new Map(rows.filter((row) => row.processId === processId).map((row) => [row.blockId, { active: row.active, today: row.today }])));
  });
