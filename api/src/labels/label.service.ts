import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { announceClientChanges, recordClientActivity } from '../clients/client-activity.service.ts';
import type { ClientRow } from '../clients/client.entity.ts';
import { select, selectOne } from '../db/rows.ts';
import { newId } from '../db/ids.ts';
import type { CreateLabelInput, UpdateLabelInput } from '../generated/graphql.ts';
import { boundedText } from '../graphql/errors.ts';
import { clientErrors } from '../clients/client.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import type { LabelKind, LabelRow } from './label.entity.ts';
import { labelErrors } from './label.errors.ts';
import { startTriggered } from '../processes/process-triggers.ts';
import { listCap, requireRoom } from '../limits/list-caps.ts';

const palette = ['#2f80ed', '#27ae60', '#eb5757', '#f2994a', '#9b51e0', '#56ccf2', '#f2c94c', '#6fcf97', '#bb6bd9', '#828282'];
const hexColor = /^#[0-9a-fA-F]{6}$/;

function checkColor(color: string) {
  if (!hexColor.test(color)) throw labelErrors.LABEL_COLOR_INVALID('color');
  return color.toLowerCase();
}

export const listLabels = (em: EntityManager, viewer: Viewer, kind: LabelKind) =>
  select<LabelRow>(em, 'select * from label where project_id = ? and kind = ? order by fold_case(name)', [viewer.project.id, kind]);

async function requireLabel(em: EntityManager, viewer: Viewer, globalId: string, field = 'labelId') {
  const id = idOf('Label', globalId);
  const label = id && (await selectOne<LabelRow>(em, 'select * from label where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!label) throw labelErrors.LABEL_NOT_FOUND(field);
  return label;
}

/** Runs an insert or update of a label, turning a taken name into a CONFLICT user error. */
async function uniqueName<T>(kind: LabelKind, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw labelErrors.LABEL_NAME_TAKEN('name', { kind });
    throw error;
  }
}

export async function createLabel(em: EntityManager, viewer: Viewer, input: CreateLabelInput) {
  const name = boundedText(input.name, 'name', labelErrors.LABEL_NAME_LENGTH, 50);
  await requireRoom(em, 'Query.labels', ['select count(*)::int as n from label where project_id = ? and kind = ?', [viewer.project.id, input.kind]], (field, { limit }) => labelErrors.LABEL_LIMIT(field, { limit, kind: input.kind }), 'name');
  const count = await selectOne<{ n: number }>(em, 'select count(*)::int as n from label where project_id = ?', [viewer.project.id]);
  const color = input.color ? checkColor(input.color) : palette[count!.n % palette.length]!;
  return uniqueName(input.kind, async () =>
    (await selectOne<LabelRow>(em, 'insert into label (id, project_id, kind, name, color, created_at) values (?, ?, ?, ?, ?, ?) returning *', [
      newId(),
      viewer.project.id,
      input.kind,
      name,
      color,
      new Date(),
    ]))!,
  );
}

export async function updateLabel(em: EntityManager, viewer: Viewer, input: UpdateLabelInput) {
  const label = await requireLabel(em, viewer, input.labelId);
  const name = input.name != null ? boundedText(input.name, 'name', labelErrors.LABEL_NAME_LENGTH, 50) : label.name;
  const color = input.color != null ? checkColor(input.color) : label.color;
  return uniqueName(label.kind, async () => (await selectOne<LabelRow>(em, 'update label set name = ?, color = ? where id = ? returning *', [name, color, label.id]))!);
}

export async function deleteLabel(em: EntityManager, viewer: Viewer, globalId: string) {
  const label = await requireLabel(em, viewer, globalId);
  await em.execute('delete from label where id = ?', [label.id]);
  return label.id;
}

/**
 * Marks (or unmarks) clients with labels, each change recorded in the client's history, in one transaction;
 * changes nothing when any id is not the viewer's. Answers the clients.
 */
/** After adding: no client may hold more tags (or lists) than `Client.tags` (`Client.lists`) shows; else all is undone. */
async function requireLabelRoom(tx: EntityManager, clients: readonly ClientRow[], labels: readonly LabelRow[]) {
  for (const kind of new Set(labels.map((label) => label.kind))) {
    const cap = listCap(kind === 'TAG' ? 'Client.tags' : 'Client.lists');
    const over = await selectOne<{ name: string }>(
      tx,
      `select cl.name from client_label x join label l on l.id = x.label_id join client cl on cl.id = x.client_id
        where x.client_id in (?) and l.kind = ? group by cl.id, cl.name having count(*) > ? limit 1`,
      [clients.map((client) => client.id), kind, cap],
    );
    if (over) throw labelErrors.LABEL_CLIENT_LIMIT('labelIds', { limit: cap, kind, name: over.name });
  }
}

export async function changeClientLabels(
  app: App,
  em: EntityManager,
  viewer: Viewer,
  input: { clientIds: readonly string[]; labelIds: readonly string[] },
  add: boolean,
) {
  // The payload lists the clients: as many as its documented cap.
  const bulkLimit = listCap('ClientLabelsPayload.clients');
  if (!input.clientIds.length || input.clientIds.length > bulkLimit) throw labelErrors.LABEL_CLIENT_COUNT('clientIds', { limit: bulkLimit });
  if (!input.labelIds.length || input.labelIds.length > 50) throw labelErrors.LABEL_COUNT('labelIds', { limit: 50 });
  const clientIds = [...new Set(input.clientIds.map((id) => idOf('Client', id)))];
  const labelIds = [...new Set(input.labelIds.map((id) => idOf('Label', id)))];
  const clients = clientIds.includes(null) ? [] : await select<ClientRow>(em, 'select * from client where id in (?) and project_id = ?', [clientIds, viewer.project.id]);
  if (clients.length !== clientIds.length) throw clientErrors.CLIENT_NOT_FOUND('clientIds');
  const labels = labelIds.includes(null) ? [] : await select<LabelRow>(em, 'select * from label where id in (?) and project_id = ?', [labelIds, viewer.project.id]);
  if (labels.length !== labelIds.length) throw labelErrors.LABEL_NOT_FOUND('labelIds');

  const pairs = await em.transactional(async (tx) => {
    const pairs = add
      ? await select<{ clientId: string; labelId: string }>(
          tx,
          `insert into client_label (client_id, label_id, created_at) select c, l, now() from unnest(?::uuid[]) c cross join unnest(?::uuid[]) l
           on conflict do nothing returning client_id, label_id`,
          [`{${clients.map((c) => c.id).join(',')}}`, `{${labels.map((l) => l.id).join(',')}}`],
        )
      : await select<{ clientId: string; labelId: string }>(tx, 'delete from client_label where client_id in (?) and label_id in (?) returning client_id, label_id', [
          clients.map((c) => c.id),
          labels.map((l) => l.id),
        ]);
    if (add) await requireLabelRoom(tx, clients, labels);
    const activities = new Map<string, string>();
    for (const pair of pairs) {
      const label = labels.find((l) => l.id === pair.labelId)!;
      const client = clients.find((c) => c.id === pair.clientId)!;
      const noun = label.kind === 'TAG' ? 'Tag' : 'List';
      const type = `${label.kind}_${add ? 'ADDED' : 'REMOVED'}` as const;
      const summary = `${noun} "${label.name}" ${add ? 'added' : 'removed'}`;
      activities.set(client.id, await recordClientActivity(tx, client, viewer.operator?.id ?? null, { type, summary, data: { labelId: label.id, name: label.name } }));
    }
    await announceClientChanges(tx, [...activities].map(([clientId, activityId]) => ({ client: clients.find((c) => c.id === clientId)!, activityId })));
    return pairs;
  });
  // A tag (or list) added starts the business processes waiting for it (best effort, once committed).
  if (add) {
    for (const label of labels) {
      const tagged = pairs.filter((pair) => pair.labelId === label.id).map((pair) => pair.clientId);
      if (tagged.length) await startTriggered(app, em, viewer.project.id, tagged, { type: 'TAG_ADDED', labelId: label.id }).catch((e: unknown) => console.error('[processes]', e));
    }
  }
  return clients;
}
