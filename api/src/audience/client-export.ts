import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import type { ClientRow } from '../clients/client.entity.ts';
import { newId } from '../db/ids.ts';
import { select } from '../db/rows.ts';
import type { ClientFilter } from '../generated/graphql.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { listDefinitions } from '../variables/variable.service.ts';
import type { ClientJobRow } from './client-job.entity.ts';
import { clientWhere } from './client-list.service.ts';
import { csvLine } from './csv.ts';

const batch = 1000;
const exportColumns = ['id', 'name', 'phone', 'email', 'country', 'owner', 'tags', 'lists', 'created_at', 'last_activity_at', 'utm_source', 'utm_campaign', 'utm_ad', 'utm_ad_set', 'utm_tag'];

/** Writes every client matching the job's filter to a CSV file in storage, batch by batch, then links it to the job. */
export async function exportClients(app: App, em: EntityManager, viewer: Viewer, job: ClientJobRow, progress: () => Promise<void>) {
  const { where, params } = clientWhere(viewer, job.filter as ClientFilter | null);
  const variables = (await listDefinitions(em, viewer.project.id, 'CLIENT')).map((definition) => definition.key);
  const owners = await select<{ id: string; email: string }>(em, 'select id, email from operator where project_id = ?', [viewer.project.id]);
  let size = 0;
  async function* lines() {
    const header = Buffer.from(`\ufeff${csvLine([...exportColumns, ...variables])}`);
    size += header.length;
    yield header;
    let after: ClientRow | null = null;
    let processed = 0;
    for (;;) {
      const clients: ClientRow[] = await select<ClientRow>(
        em,
        // By id alone (time-ordered uuids): exact paging, whatever the timestamps' precision.
        `select cl.* from client cl where ${where} ${after ? 'and cl.id > ?' : ''} order by cl.id limit ?`,
        [...params, ...(after ? [after.id] : []), batch],
      );
      if (!clients.length) return;
      const ids = clients.map((client) => client.id);
      const labels = await select<{ clientId: string; kind: string; name: string }>(
        em,
        'select x.client_id, l.kind, l.name from client_label x join label l on l.id = x.label_id where x.client_id in (?) order by fold_case(l.name)',
        [ids],
      );
      const names = (client: ClientRow, kind: string) => labels.filter((l) => l.clientId === client.id && l.kind === kind).map((l) => l.name).join('|');
      const chunk = clients
        .map((client) =>
          csvLine([
            toGlobalId('Client', client.id),
            client.name,
            client.phone,
            client.email,
            client.country,
            owners.find((owner) => owner.id === client.ownerId)?.email,
            names(client, 'TAG'),
            names(client, 'LIST'),
            client.createdAt.toISOString(),
            client.lastActivityAt.toISOString(),
            client.utmSource,
            client.utmCampaign,
            client.utmAd,
            client.utmAdSet,
            client.utmTag,
            ...variables.map((key) => client.variables[key]),
          ]),
        )
        .join('');
      const bytes = Buffer.from(chunk);
      size += bytes.length;
      yield bytes;
      processed += clients.length;
      after = clients.at(-1)!;
      await em.execute('update client_job set processed = ?, total = greatest(total, ?) where id = ?', [processed, processed, job.id]);
      await progress();
    }
  }
  const fileId = newId();
  const storageKey = `${viewer.project.id}/${fileId}`;
  await app.files.storage.put(storageKey, lines());
  const name = `clients-${new Date().toISOString().slice(0, 10)}.csv`;
  await em.transactional(async (tx) => {
    await tx.execute(
      `insert into file (id, project_id, client_id, message_id, library, kind, name, content_type, size, storage_key, uploaded_by_id, created_at)
       values (?, ?, null, null, false, 'DOCUMENT', ?, 'text/csv', ?, ?, ?, ?)`,
      [fileId, viewer.project.id, name, size, storageKey, viewer.operator?.id ?? null, new Date()],
    );
    await tx.execute('update client_job set file_id = ? where id = ?', [fileId, job.id]);
  });
}
