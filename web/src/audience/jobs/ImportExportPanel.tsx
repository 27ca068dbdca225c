import { createQuery, useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import type { ClientJobFragment } from '../../generated/graphql.ts';
import { formatSize, ownOrigin } from '../../ui/files.ts';
import { relativeTime } from '../../ui/format.ts';
import type { AudienceList } from '../audience-list.ts';
import { filterOf, SECTIONS } from '../audience-view.ts';
import { ClientJobsQuery } from './client-jobs.query.ts';
import { createJobTracker } from './client-job.ts';
import { ExportClientsMutation } from './export-clients.mutation.ts';
import { ImportClientsMutation } from './import-clients.mutation.ts';
import { JobProgress } from './JobProgress.tsx';
import { uploadCsv } from './upload-csv.ts';

type Payload = { job?: ClientJobFragment | null; userErrors: readonly { message: string }[] } | undefined;
const problem = (payload: Payload, fallback: string, error?: { message: string }) => payload?.userErrors.map((e) => e.message).join(' ') || error?.message || fallback;

const COLUMNS = 'name, phone, email, country, tags, lists (several split by |), owner (an e-mail), utm_source, utm_campaign, and any client variable’s key';

/** CSV import (upload, then a live progress bar and the rows refused) and export of the current list. */
export const ImportExportPanel = (props: { list: AudienceList; canManage: boolean; hidden: boolean; onClose: () => void }) => {
  const client = useClient();
  const [recent, refetchRecent] = createQuery({ query: ClientJobsQuery, requestPolicy: 'cache-and-network' });
  const refresh = () => refetchRecent({ requestPolicy: 'network-only' });

  const [file, setFile] = createSignal<File | null>(null);
  const [uploaded, setUploaded] = createSignal<number | null>(null);
  const [importError, setImportError] = createSignal<string | null>(null);
  const importJob = createJobTracker((job) => {
    if (job.status === 'DONE') void props.list.reload();
    refresh();
  });

  const startImport = async () => {
    const chosen = file();
    if (!chosen) return;
    setImportError(null);
    importJob.reset();
    setUploaded(0);
    const upload = await uploadCsv(chosen, setUploaded);
    if ('error' in upload) {
      setUploaded(null);
      return setImportError(upload.error);
    }
    const result = await client.mutation(ImportClientsMutation, { input: { fileId: upload.fileId } }).toPromise();
    setUploaded(null);
    const payload = result.data?.importClients;
    if (!payload?.job) return setImportError(problem(payload, 'The import did not start.', result.error));
    importJob.track(payload.job);
  };

  const [exporting, setExporting] = createSignal(false);
  const [exportError, setExportError] = createSignal<string | null>(null);
  const exportJob = createJobTracker(refresh);
  const toExport = () => props.list.counts()?.[props.list.view().section];
  const sectionLabel = () => SECTIONS.find((entry) => entry.section === props.list.view().section)?.label ?? '';

  const startExport = async () => {
    setExportError(null);
    exportJob.reset();
    setExporting(true);
    const result = await client.mutation(ExportClientsMutation, { input: { filter: filterOf(props.list.view()) } }).toPromise();
    setExporting(false);
    const payload = result.data?.exportClients;
    if (!payload?.job) return setExportError(problem(payload, 'The export did not start.', result.error));
    exportJob.track(payload.job);
  };

  const importing = () => uploaded() !== null || (importJob.job()?.status === 'QUEUED' || importJob.job()?.status === 'RUNNING');

  return (
    <aside class="audience-side" hidden={props.hidden} aria-label="Import and export" data-testid="jobs-panel">
      <div class="audience-side-head">
        <span class="audience-side-title">Import and export</span>
        <button type="button" class="btn btn-small btn-ghost" aria-label="Close" data-testid="jobs-close" onClick={() => props.onClose()}>
          ✕
        </button>
      </div>
      <div class="audience-side-body">
        <Show when={!props.canManage}>
          <div class="notice-box">Importing and exporting clients is for managers, admins and owners.</div>
        </Show>

        <section class="details-section">
          <h3>Import a CSV</h3>
          <p class="jobs-hint">
            Columns by header: {COLUMNS}. Comma or semicolon separated, UTF-8. Clients with a known phone or e-mail are updated.
          </p>
          <label class="file-drop" classList={{ 'has-file': !!file() }}>
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="import-file"
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setImportError(null);
              }}
            />
            <Show when={file()} fallback={<span>Choose a CSV file…</span>}>
              {(chosen) => (
                <span data-testid="import-file-name">
                  {chosen().name} <span class="cell-missing">· {formatSize(chosen().size)}</span>
                </span>
              )}
            </Show>
          </label>
          <button type="button" class="btn btn-primary btn-small" data-testid="import-start" disabled={!file() || importing()} onClick={() => void startImport()}>
            Upload and import
          </button>
          <Show when={uploaded() !== null}>
            <div class="job" data-testid="upload-progress">
              <div class="job-head">
                <span class="job-status is-running">Uploading</span>
                <span class="job-numbers">{Math.round((uploaded() ?? 0) * 100)}%</span>
              </div>
              <div class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((uploaded() ?? 0) * 100)}>
                <div class="progress-fill" style={{ width: `${(uploaded() ?? 0) * 100}%` }} />
              </div>
            </div>
          </Show>
          <Show when={importError()}>
            {(message) => (
              <div class="error-box" role="alert" data-testid="import-error">
                {message()}
              </div>
            )}
          </Show>
          <Show when={importJob.job()}>{(job) => <JobProgress job={job()} />}</Show>
        </section>

        <section class="details-section">
          <h3>Export to CSV</h3>
          <p class="jobs-hint">
            The clients of <b>{sectionLabel()}</b>
            {props.list.view().search || props.list.view().filter ? ' that match the search and filter' : ''}
            <Show when={toExport() !== undefined}> ({toExport()?.toLocaleString()})</Show>, with their tags, lists, owner and variables.
          </p>
          <button type="button" class="btn btn-small" data-testid="export-start" disabled={exporting() || exportJob.job()?.status === 'RUNNING'} onClick={() => void startExport()}>
            Export {toExport() !== undefined ? `${toExport()?.toLocaleString()} ` : ''}clients
          </button>
          <Show when={exportError()}>
            {(message) => (
              <div class="error-box" role="alert" data-testid="export-error">
                {message()}
              </div>
            )}
          </Show>
          <Show when={exportJob.job()}>{(job) => <JobProgress job={job()} />}</Show>
        </section>

        <Show when={recent.data?.clientJobs.edges.length}>
          <section class="details-section">
            <h3>Recent</h3>
            <ul class="recent-jobs" data-testid="recent-jobs">
              <For each={recent.data?.clientJobs.edges.map((edge) => edge.node)}>
                {(job) => (
                  <li data-testid="recent-job" data-status={job.status}>
                    <span class="recent-job-line">
                      <span class="recent-job-kind">{job.kind === 'IMPORT' ? 'Import' : 'Export'}</span>
                      <span class={`job-status is-${job.status.toLowerCase()}`}>{job.status.toLowerCase()}</span>
                      <span class="filter-spacer" />
                      <Show when={job.kind === 'EXPORT' && job.status === 'DONE' && job.file}>
                        {(exported) => (
                          <a class="recent-job-download" href={ownOrigin(exported().downloadUrl)} download={exported().name}>
                            Download
                          </a>
                        )}
                      </Show>
                    </span>
                    <span class="cell-missing">
                      {job.kind === 'IMPORT' ? `${job.created} new, ${job.updated} updated, ${job.errors.length} skipped` : `${job.total} clients`} ·{' '}
                      {job.createdBy?.name ?? 'API'} · {relativeTime(job.createdAt, Date.now())}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
      </div>
    </aside>
  );
};
