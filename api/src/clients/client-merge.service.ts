import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { announceClientChanged, recordClientActivity } from './client-activity.service.ts';
import { isPlaceholderName } from './client-naming.ts';
import type { ClientRow } from './client.entity.ts';
import { clientErrors } from './client.errors.ts';
import { requireClient } from './client-profile.service.ts';

/** Candidates to merge of the clients named by `clients` (`?` for a list, or a subquery), each row with `of_id`; see duplicatesOf. */
export const duplicatesSql = (clients: string) => `with wanted as (
       select id, project_id, nullif(regexp_replace(coalesce(phone, ''), '\\D', '', 'g'), '') as digits, nullif(lower(email), '') as email
         from client where id in (${clients}))
     select w.id as of_id, d.* from wanted w cross join lateral (
       (select * from client d where d.project_id = w.project_id and d.phone is not null and regexp_replace(d.phone, '\\D', '', 'g') = w.digits
           and d.id <> w.id and d.deleted_at is null order by d.created_at limit 10)
       union all
       (select * from client d where d.project_id = w.project_id and d.email is not null and lower(d.email) = w.email
           and d.id <> w.id and d.deleted_at is null order by d.created_at limit 10)) d`;

/** One client's candidates among duplicatesSql's rows: each once, oldest first, at most 10. */
export function duplicatesOf(rows: readonly (ClientRow & { ofId: string })[], id: string): ClientRow[] {
  const mine = new Map(rows.filter((row) => row.ofId === id).map(({ ofId: _, ...row }) => [row.id, row as ClientRow]));
  return [...mine.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, 10);
}

/**
 * For each client, the other live clients of its project sharing its phone (digits only) or e-mail (any case):
 * at most 10 each, oldest first. One statement for all of them, each match an index lookup
 * (client_phone_key_idx, client_email_key_idx).
 */
export async function findDuplicates(em: EntityManager, clientIds: readonly string[]): Promise<ClientRow[][]> {
  const rows = await select<ClientRow & { ofId: string }>(em, duplicatesSql('?'), [clientIds]);
  return clientIds.map((id) => duplicatesOf(rows, id));
}

/**
 * Unites two clients of the viewer's project: everything of the merged client moves to the survivor (channels,
 * conversations and their messages, deals, tasks, notes, files, history, tags and lists); the survivor keeps its
 * own profile and variables and takes the merged client's where it has none — a placeholder name ("Visitor 49e63b")
 * counts as none, so a real name wins over it. The merged client is then deleted
 * (purged later like any deleted client) and points at the survivor. One transaction.
 */
export async function mergeClients(app: App, em: EntityManager, viewer: Viewer, input: { survivorId: string; mergedId: string }) {
  const survivor = await requireClient(em, viewer, input.survivorId, 'survivorId');
  const merged = await requireClient(em, viewer, input.mergedId, 'mergedId');
  if (survivor.id === merged.id) throw clientErrors.CLIENT_MERGE_SELF('mergedId');
  if (survivor.deletedAt) throw clientErrors.CLIENT_MERGE_SURVIVOR_DELETED('survivorId');
  if (merged.deletedAt) throw clientErrors.CLIENT_MERGE_MERGED_DELETED('mergedId');
  const actorId = viewer.operator?.id ?? null;
  let name = survivor.name;
  await em.transactional(async (tx) => {
    // Both rows locked in a fixed order so two merges of the same pair cannot interleave.
    const locked = await select<{ id: string; name: string; deletedAt: Date | null }>(tx, 'select id, name, deleted_at from client where id in (?) order by id for update', [[survivor.id, merged.id]]);
    if (locked.some((row) => row.deletedAt)) throw clientErrors.CLIENT_MERGE_DELETED_MEANWHILE('mergedId');
    const nameOf = (id: string) => locked.find((row) => row.id === id)!.name;
    const [survivorName, mergedName] = [nameOf(survivor.id), nameOf(merged.id)];
    name = isPlaceholderName(survivorName) && !isPlaceholderName(mergedName) ? mergedName : survivorName;
    const move = [survivor.id, merged.id];
    for (const table of ['client_channel', 'conversation', 'deal', 'task', 'comment', 'file', 'client_activity']) {
      await tx.execute(`update ${table} set client_id = ? where client_id = ?`, move);
    }
    await tx.execute(
      `insert into client_label (client_id, label_id, created_at) select ?, label_id, created_at from client_label where client_id = ? on conflict do nothing`,
      move,
    );
    await tx.execute('delete from client_label where client_id = ?', [merged.id]);
    await tx.execute(
      `update client s set
         name = ?, phone = coalesce(s.phone, m.phone), email = coalesce(s.email, m.email), country = coalesce(s.country, m.country),
         avatar_url = coalesce(s.avatar_url, m.avatar_url), owner_id = coalesce(s.owner_id, m.owner_id),
         utm_source = coalesce(s.utm_source, m.utm_source), utm_campaign = coalesce(s.utm_campaign, m.utm_campaign),
         utm_ad = coalesce(s.utm_ad, m.utm_ad), utm_ad_set = coalesce(s.utm_ad_set, m.utm_ad_set), utm_tag = coalesce(s.utm_tag, m.utm_tag),
         variables = m.variables || s.variables,
         created_at = least(s.created_at, m.created_at), last_activity_at = greatest(s.last_activity_at, m.last_activity_at)
       from client m where s.id = ? and m.id = ?`,
      [name, ...move],
    );
    await tx.execute('update client set deleted_at = now(), merged_into_id = ? where id = ?', move);
    await recordClientActivity(tx, merged, actorId, { type: 'MERGED', summary: `Merged into ${name}`, data: { survivorId: survivor.id, survivorName: name } });
    const activityId = await recordClientActivity(tx, survivor, actorId, {
      type: 'MERGED',
      summary: `${merged.name} merged into this client`,
      data: { mergedId: merged.id, mergedName: merged.name, phone: merged.phone, email: merged.email },
    });
    await announceClientChanged(tx, survivor, activityId);
  });
  return (await selectOne<ClientRow>(em, 'select * from client where id = ?', [survivor.id]))!;
}
