// What runs waiting at a DELAY block will send when it ends: the card's "Messages scheduled" lists these beside the
// client's scheduled messages, and steers the run for reschedule / send now / cancel.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { select } from '../db/rows.ts';
import { clientTemplateValues, fillTemplate } from '../quick-replies/quick-reply-template.ts';
import { blockById, follow, type Block, type Definition } from '../../../workflows/src/processes/definition.ts';
import type { ProcessBlockModel } from './process-blocks.ts';
import type { ProcessRunRow } from './process.entity.ts';

/** One pending send (schema: ProcessPendingSend). */
export type PendingSendModel = { run: ProcessRunRow; delay: ProcessBlockModel; next: ProcessBlockModel | null; sendAt: Date; text: string | null };

/** Per client, as many as Client.pendingProcessSends answers. */
export const maxPendingSends = 30;

type Waiting = ProcessRunRow & {
  definition: Definition;
  projectName: string;
  client: { name: string; phone: string | null; email: string | null; variables: Record<string, unknown> };
};

/**
 * Per client: their AUTO runs waiting at a delay, soonest first, each with the block the delay leads to (through
 * GOTO blocks) and its text filled from the client's variables as they are now. One query per batch of clients.
 */
export const pendingSendsLoader = (em: EntityManager) =>
  new DataLoader<string, PendingSendModel[]>(async (clientIds) => {
    const rows = await select<Waiting & { n: number }>(
      em,
      `select r.*, v.definition, p.name as project_name,
              json_build_object('name', cl.name, 'phone', cl.phone, 'email', cl.email, 'variables', cl.variables) as client
         from (select r.*, row_number() over (partition by r.client_id order by r.wait_until, r.id) as n from process_run r
                where r.client_id in (?) and r.status = 'AUTO' and r.waiting_for = 'DELAY' and r.wait_until is not null) r
         join process_version v on v.id = r.version_id join client cl on cl.id = r.client_id join project p on p.id = r.project_id
        where r.n <= ? order by r.wait_until, r.id`,
      [clientIds, maxPendingSends],
    );
    const sends = rows.flatMap((row) => {
      const send = pendingSend(row);
      return send ? [[row.clientId, send] as const] : [];
    });
    return clientIds.map((clientId) => sends.filter(([of]) => of === clientId).map(([, send]) => send));
  });

function pendingSend({ definition, projectName, client, n: _n, ...run }: Waiting & { n: number }): PendingSendModel | null {
  const delay = run.blockId ? blockById(definition, run.blockId) : undefined;
  // A run held by a paused bot waits too, at its message block: not a delay an operator can reschedule.
  if (delay?.type !== 'DELAY' || !run.waitUntil) return null;
  const next = nextBlock(definition, delay.id);
  const text = next?.type === 'MESSAGE' || next?.type === 'QUESTION' ? fillTemplate(next.text, clientTemplateValues(client, { project: projectName })).text : null;
  return { run, delay: { processId: run.processId, block: delay }, next: next ? { processId: run.processId, block: next } : null, sendAt: run.waitUntil, text };
}

// Where a delay leads once GOTO blocks are followed (a few hops: publishing refuses loops without a wait).
function nextBlock(definition: Definition, delayId: string): Block | null {
  let id = follow(definition, delayId, 'next');
  for (let hops = 0; id && hops < 20; hops++) {
    const block = blockById(definition, id);
    if (!block || block.type !== 'GOTO') return block ?? null;
    id = follow(definition, block.id, 'next');
  }
  return null;
}
