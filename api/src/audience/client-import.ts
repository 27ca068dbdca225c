import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { announceClientChanges, recordClientActivity } from '../clients/client-activity.service.ts';
import { email as emailPattern, phone as phonePattern } from '../clients/client-profile.service.ts';
import type { ClientRow } from '../clients/client.entity.ts';
import { newId } from '../db/ids.ts';
import { selectOne } from '../db/rows.ts';
import { fileColumns, type StoredFileRow } from '../files/file.entity.ts';
import { UserError } from '../graphql/errors.ts';
import { audienceErrors } from './audience.errors.ts';
import type { LabelKind } from '../labels/label.entity.ts';
import type { VariableDefinitionRow } from '../variables/variable-definition.entity.ts';
import { listDefinitions, parseValue } from '../variables/variable.service.ts';
import type { ClientJobRow } from './client-job.entity.ts';
import { parseCsv } from './csv.ts';

/** The whole file cannot be imported (no usable header, unknown columns): no retry helps. */
export class ImportFailure extends Error {}

const batchSize = 200;
const profileColumns = ['name', 'phone', 'email', 'country', 'utm_source', 'utm_campaign', 'utm_ad', 'utm_ad_set', 'utm_tag'] as const;
// Columns of an export that an import reads past.
const ignored = ['id', 'created_at', 'last_activity_at'];
const known = [...profileColumns, 'owner', 'tags', 'lists', ...ignored];

type Row = { line: number; fields: string[] };
type Context = { viewer: Viewer; header: string[]; definitions: VariableDefinitionRow[]; labels: Map<string, string> };

/**
 * Imports the job's CSV in batches of 200 rows; each batch and the job's progress commit together, so a retried
 * run resumes after the last committed batch and never imports a row twice. Rows matching a client by phone
 * (digits) or e-mail update it; others create clients. Bad rows are reported, the rest imported. Each committed
 * batch is announced in one event (the Audience's rows, outgoing webhooks' `client.created` and `client.changed`).
 */
export async function importClients(app: App, em: EntityManager, viewer: Viewer, job: ClientJobRow, progress: () => Promise<void>) {
  const file = await selectOne<StoredFileRow>(em, `select ${fileColumns()} from file where id = ?`, [job.fileId]);
  const stream = file && (await app.files.storage.get(file.storageKey));
  if (!stream) throw new ImportFailure('The uploaded file is gone.');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const [head, ...rows] = [...parseCsv(Buffer.concat(chunks).toString('utf8'))];
  if (!head) throw new ImportFailure('The file is empty.');
  const header = head.fields.map((name) => name.trim().toLowerCase());
  const definitions = await listDefinitions(em, viewer.project.id, 'CLIENT');
  const unknown = header.filter((name) => !known.includes(name) && !definitions.some((d) => d.key.toLowerCase() === name));
  if (unknown.length) throw new ImportFailure(`Unknown columns: ${unknown.join(', ')}. Use name, phone, email, country, owner, tags, lists, utm_* or a client variable's key.`);
  if (!['name', 'phone', 'email'].some((name) => header.includes(name))) throw new ImportFailure('The file needs a name, phone or email column.');
  await em.execute('update client_job set total = ? where id = ?', [rows.length, job.id]);

  const context: Context = { viewer, header, definitions, labels: new Map() };
  for (let start = job.processed; start < rows.length; start += batchSize) {
    await em.transactional(async (tx) => {
      const counts = { created: 0, updated: 0 };
      const errors: { row: number; message: string }[] = [];
      const changes: Imported[] = [];
      for (const row of rows.slice(start, start + batchSize)) {
        try {
          const imported = await importRow(tx, context, row);
          counts[imported.created ? 'created' : 'updated'] += 1;
          changes.push(imported);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          errors.push({ row: row.line, message: error.message });
        }
      }
      await tx.execute(
        `update client_job set processed = ?, created = created + ?, updated = updated + ?,
           errors = coalesce((select jsonb_agg(e) from (select e from jsonb_array_elements(errors || ?::jsonb) e limit 100) s), '[]')
         where id = ?`,
        [Math.min(start + batchSize, rows.length), counts.created, counts.updated, JSON.stringify(errors), job.id],
      );
      await announceClientChanges(tx, changes);
    });
    await progress();
  }
}

type Imported = { client: { id: string; projectId: string }; activityId: string; created: boolean };

async function importRow(tx: EntityManager, context: Context, row: Row): Promise<Imported> {
  const { viewer, header } = context;
  const value = (column: string) => row.fields[header.indexOf(column)]?.trim() ?? '';
  const profile = Object.fromEntries(profileColumns.map((column) => [column, value(column).slice(0, 200)])) as Record<(typeof profileColumns)[number], string>;
  profile.email = profile.email.toLowerCase();
  if (!profile.name && !profile.phone && !profile.email) throw audienceErrors.AUDIENCE_IMPORT_ROW_EMPTY();
  if (profile.phone && !phonePattern.test(profile.phone)) throw audienceErrors.AUDIENCE_IMPORT_PHONE_INVALID(null, { phone: profile.phone });
  if (profile.email && !emailPattern.test(profile.email)) throw audienceErrors.AUDIENCE_IMPORT_EMAIL_INVALID(null, { email: profile.email });
  const variables: Record<string, string | number | boolean> = {};
  for (const definition of context.definitions) {
    const parsed = header.includes(definition.key.toLowerCase()) ? parseValue(definition, value(definition.key.toLowerCase()), definition.key) : null;
    if (parsed !== null) variables[definition.key] = parsed;
  }
  const ownerEmail = value('owner').toLowerCase();
  const owner = ownerEmail ? await selectOne<{ id: string }>(tx, 'select id from operator where project_id = ? and email = ? and deactivated_at is null', [viewer.project.id, ownerEmail]) : null;
  if (ownerEmail && !owner) throw audienceErrors.AUDIENCE_IMPORT_OWNER_UNKNOWN(null, { email: ownerEmail });

  const digits = profile.phone.replace(/\D/g, '');
  const match = await selectOne<ClientRow>(
    tx,
    `select * from client where project_id = ? and deleted_at is null
       and ((? <> '' and phone is not null and regexp_replace(phone, '\\D', '', 'g') = ?) or (? <> '' and email is not null and lower(email) = ?))
     order by created_at limit 1 for update`,
    [viewer.project.id, digits, digits, profile.email, profile.email],
  );
  const columns = profileColumns.filter((column) => profile[column]);
  let client: ClientRow;
  if (match) {
    client = (await selectOne<ClientRow>(
      tx,
      `update client set ${[...columns.map((column) => `${column} = ?`), 'variables = variables || ?', 'owner_id = coalesce(?, owner_id)'].join(', ')} where id = ? returning *`,
      [...columns.map((column) => profile[column]), JSON.stringify(variables), owner?.id ?? null, match.id],
    ))!;
  } else {
    const values = { ...profile, name: profile.name || profile.phone || profile.email };
    const filled = profileColumns.filter((column) => values[column]);
    client = (await selectOne<ClientRow>(
      tx,
      `insert into client (id, project_id, ${filled.join(', ')}, variables, owner_id, created_at, last_activity_at)
       values (?, ?, ${filled.map(() => '?').join(', ')}, ?, ?, now(), now()) returning *`,
      [newId(), viewer.project.id, ...filled.map((column) => values[column]), JSON.stringify(variables), owner?.id ?? null],
    ))!;
  }
  for (const [column, kind] of [['tags', 'TAG'], ['lists', 'LIST']] as const) {
    for (const name of value(column).split('|').map((part) => part.trim()).filter(Boolean)) {
      const labelId = await labelNamed(tx, context, kind, name.slice(0, 50));
      await tx.execute('insert into client_label (client_id, label_id, created_at) values (?, ?, now()) on conflict do nothing', [client.id, labelId]);
    }
  }
  const activityId = await recordClientActivity(tx, client, viewer.operator?.id ?? null, {
    type: 'IMPORTED',
    summary: match ? `Updated by a CSV import (line ${row.line})` : `Imported from CSV (line ${row.line})`,
    data: { line: row.line, updated: !!match },
  });
  return { client: { id: client.id, projectId: client.projectId }, activityId, created: !match };
}

/** The project's tag or list of that name (any case), created when missing. */
async function labelNamed(tx: EntityManager, context: Context, kind: LabelKind, name: string) {
  // Cached as written: which names are the same is fold_case's to say (the unique index's rule).
  const key = `${kind}:${name}`;
  const cached = context.labels.get(key);
  if (cached) return cached;
  await tx.execute(`insert into label (id, project_id, kind, name, color, created_at) values (?, ?, ?, ?, '#828282', now()) on conflict do nothing`, [
    newId(),
    context.viewer.project.id,
    kind,
    name,
  ]);
  const label = (await selectOne<{ id: string }>(tx, 'select id from label where project_id = ? and kind = ? and fold_case(name) = fold_case(?)', [context.viewer.project.id, kind, name]))!;
  context.labels.set(key, label.id);
  return label.id;
}
