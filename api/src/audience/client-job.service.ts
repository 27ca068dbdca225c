import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { selectOne } from '../db/rows.ts';
import { fileColumns, type StoredFileRow } from '../files/file.entity.ts';
import type { ClientFilter } from '../generated/graphql.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { audienceErrors } from './audience.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { ProjectRow } from '../projects/project.entity.ts';
import { publishCommitted, topics } from '../pubsub/pubsub.ts';
import type { ClientJobRow } from './client-job.entity.ts';
import { clientWhere, countClients } from './client-list.service.ts';
import { exportClients } from './client-export.ts';
import { importClients } from './client-import.ts';

export type JobProgress = { jobId: string };

export async function publishJob(app: App, jobId: string) {
  await publishCommitted(app.pubsub, topics.clientJob(jobId), { jobId } satisfies JobProgress);
}

async function createJob(app: App, em: EntityManager, viewer: Viewer, values: { kind: 'IMPORT' | 'EXPORT'; fileId: string | null; filter: ClientFilter | null; total: number }) {
  const job = (await selectOne<ClientJobRow>(
    em,
    `insert into client_job (id, project_id, kind, status, created_by_id, file_id, filter, total, created_at)
     values (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?) returning *`,
    [newId(), viewer.project.id, values.kind, viewer.operator?.id ?? null, values.fileId, values.filter ? JSON.stringify(values.filter) : null, values.total, new Date()],
  ))!;
  await app.jobs.start(job.id);
  return job;
}

/** Checks the uploaded CSV is the viewer's and starts importing it. */
export async function startImport(app: App, em: EntityManager, viewer: Viewer, fileGlobalId: string) {
  const id = idOf('File', fileGlobalId);
  const file = id && (await selectOne<StoredFileRow>(em, `select ${fileColumns()} from file where id = ? and project_id = ?`, [id, viewer.project.id]));
  if (!file) throw audienceErrors.AUDIENCE_IMPORT_FILE_NOT_FOUND('fileId');
  if (!/^text\/(csv|plain)/.test(file.contentType) && !file.name.toLowerCase().endsWith('.csv')) {
    throw audienceErrors.AUDIENCE_IMPORT_NOT_CSV('fileId');
  }
  return createJob(app, em, viewer, { kind: 'IMPORT', fileId: file.id, filter: null, total: 0 });
}

/** Starts exporting the clients matching the filter (checked now, so a bad filter fails here, not later). */
export async function startExport(app: App, em: EntityManager, viewer: Viewer, filter: ClientFilter | null | undefined) {
  const total = await countClients(em, clientWhere(viewer, filter));
  return createJob(app, em, viewer, { kind: 'EXPORT', fileId: null, filter: filter ?? null, total });
}

/**
 * The workflow's activity: runs a job to its end. Safe to retry: an import resumes after its last committed batch
 * (each batch and its progress commit together), an export starts its file over.
 */
export async function runClientJob(app: App, em: EntityManager, jobId: string, heartbeat: () => void = () => {}) {
  const job = await selectOne<ClientJobRow>(em, `update client_job set status = 'RUNNING' where id = ? and status in ('QUEUED', 'RUNNING') returning *`, [jobId]);
  if (!job) return;
  await publishJob(app, job.id);
  const viewer = await jobViewer(em, job);
  const progress = async () => {
    heartbeat();
    await publishJob(app, job.id);
  };
  if (job.kind === 'IMPORT') await importClients(app, em, viewer, job, progress);
  else await exportClients(app, em, viewer, job, progress);
  await em.execute(`update client_job set status = 'DONE', finished_at = now() where id = ?`, [job.id]);
  await publishJob(app, job.id);
}

/** After the last retry: the job shows as failed, with a reason fit for the user. */
export async function failClientJob(app: App, em: EntityManager, jobId: string, reason: string) {
  await em.execute(`update client_job set status = 'FAILED', failure_reason = ?, finished_at = now() where id = ? and status <> 'DONE'`, [reason, jobId]);
  await publishJob(app, jobId);
}

/** The job runs with the rights of whoever started it, in its project. */
async function jobViewer(em: EntityManager, job: ClientJobRow): Promise<Viewer> {
  const project = (await selectOne<ProjectRow>(em, 'select * from project where id = ?', [job.projectId]))!;
  const operator = job.createdById ? await selectOne<OperatorRow>(em, `select ${operatorColumns} from operator where id = ?`, [job.createdById]) : null;
  return { project, operator, tokenId: `client-job:${job.id}`, expiresAt: null };
}

export const recentJobs = (em: EntityManager, viewer: Viewer, page: Page) =>
  keysetConnection<ClientJobRow>(em, { name: 'clientJobs', from: 'client_job', where: 'project_id = ?', params: [viewer.project.id], column: 'created_at', at: (job) => job.createdAt }, page);

export async function findJob(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('ClientJob', globalId);
  return id ? selectOne<ClientJobRow>(em, 'select * from client_job where id = ? and project_id = ?', [id, viewer.project.id]) : null;
}
