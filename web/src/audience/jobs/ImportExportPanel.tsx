import { createQuery, useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import type { ClientJobFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { formatSize, ownOrigin } from '../../ui/files.ts';
import { formatNumber, relativeTime } from '../../ui/format.ts';
import type { AudienceList } from '../audience-list.ts';
import { audienceMessages } from '../audience.messages.ts';
import { filterOf } from '../audience-view.ts';
import { ClientJobsQuery } from './client-jobs.query.ts';
import { createJobTracker } from './client-job.ts';
import { ExportClientsMutation } from './export-clients.mutation.ts';
import { ImportClientsMutation } from './import-clients.mutation.ts';
import { jobsMessages } from './jobs.messages.ts';
import { JobProgress } from './JobProgress.tsx';
import { uploadCsv } from './upload-csv.ts';
import { failureText, refusalText, type Refusal } from '../../shared/refusal-text.ts';
import type { CombinedError } from '@urql/core';

type Payload = { job?: ClientJobFragment | null; userErrors: readonly Refusal[] } | undefined;
const problem = (payload: Payload, fallback: string, error?: CombinedError) => payload?.userErrors.map(refusalText).join(' ') || failureText(error, fallback);

/** CSV import (upload, then a live progress bar and the rows refused) and export of the current list. */
export const ImportExportPanel = (props: { list: AudienceList; canManage: boolean; hidden: boolean; onClose: () => void }) => {
  const t = useMessages(jobsMessages);
  const ta = useMessages(audienceMessages);
  const common = useMessages(commonMessages);
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
    if ('failure' in upload) {
      setUploaded(null);
      const { message, status } = upload.failure;
      return setImportError(message ?? (status ? t('import.uploadFailed', status) : t('import.unreachable')));
    }
    const result = await client.mutation(ImportClientsMutation, { input: { fileId: upload.fileId } }).toPromise();
    setUploaded(null);
    const payload = result.data?.importClients;
    if (!payload?.job) return setImportError(problem(payload, t('import.failed'), result.error));
    importJob.track(payload.job);
  };

  const [exporting, setExporting] = createSignal(false);
  const [exportError, setExportError] = createSignal<string | null>(null);
  const exportJob = createJobTracker(refresh);
  const toExport = () => props.list.counts()?.[props.list.view().section];
  const sectionLabel = () => ta(`sections.${props.list.view().section}`);

  const startExport = async () => {
    setExportError(null);
    exportJob.reset();
    setExporting(true);
    const result = await client.mutation(ExportClientsMutation, { input: { filter: filterOf(props.list.view()) } }).toPromise();
    setExporting(false);
    const payload = result.data?.exportClients;
    if (!payload?.job) return setExportError(problem(payload, t('export.failed'), result.error));
    exportJob.track(payload.job);
  };

  const importing = () => uploaded() !== null || (importJob.job()?.status === 'QUEUED' || importJob.job()?.status === 'RUNNING');

  return (
    <aside class="audience-side" hidden={props.hidden} aria-label={t('title')} data-testid="jobs-panel">
      <div class="audience-side-head">
        <span class="audience-side-title">{t('title')}</span>
        <button type="button" class="btn btn-small btn-ghost" aria-label={common('close')} data-testid="jobs-close" onClick={() => props.onClose()}>
          ✕
        </button>
      </div>
      <div class="audience-side-body">
        <Show when={!props.canManage}>
          <div class="notice-box">{t('forbidden')}</div>
        </Show>

        <section class="details-section">
          <h3>{t('import.title')}</h3>
          <p class="jobs-hint">{t('import.hint')}</p>
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
            <Show when={file()} fallback={<span>{t('import.choose')}</span>}>
              {(chosen) => (
                <span data-testid="import-file-name">
                  {chosen().name} <span class="cell-missing">· {formatSize(chosen().size)}</span>
                </span>
              )}
            </Show>
          </label>
          <button type="button" class="btn btn-primary btn-small" data-testid="import-start" disabled={!file() || importing()} onClick={() => void startImport()}>
            {t('import.start')}
          </button>
          <Show when={uploaded() !== null}>
            <div class="job" data-testid="upload-progress">
              <div class="job-head">
                <span class="job-status is-running">{t('import.uploading')}</span>
                <span class="job-numbers">{formatNumber(uploaded() ?? 0, { style: 'percent', maximumFractionDigits: 0 })}</span>
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
          <h3>{t('export.title')}</h3>
          <p class="jobs-hint">
            {t('export.before')}
            <b>{sectionLabel()}</b>
            {props.list.view().search || props.list.view().filter ? t('export.matching') : ''}
            <Show when={toExport() !== undefined}>{` (${formatNumber(toExport() ?? 0)})`}</Show>
            {t('export.after')}
          </p>
          <button type="button" class="btn btn-small" data-testid="export-start" disabled={exporting() || exportJob.job()?.status === 'RUNNING'} onClick={() => void startExport()}>
            {t('export.start', toExport() ?? null)}
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
            <h3>{t('recent.title')}</h3>
            <ul class="recent-jobs" data-testid="recent-jobs">
              <For each={recent.data?.clientJobs.edges.map((edge) => edge.node)}>
                {(job) => (
                  <li data-testid="recent-job" data-status={job.status}>
                    <span class="recent-job-line">
                      <span class="recent-job-kind">{t(`recent.${job.kind}`)}</span>
                      <span class={`job-status is-${job.status.toLowerCase()}`}>{t(`status.${job.status}`)}</span>
                      <span class="filter-spacer" />
                      <Show when={job.kind === 'EXPORT' && job.status === 'DONE' && job.file}>
                        {(exported) => (
                          <a class="recent-job-download" href={ownOrigin(exported().downloadUrl)} download={exported().name}>
                            {t('recent.download')}
                          </a>
                        )}
                      </Show>
                    </span>
                    <span class="cell-missing">
                      {job.kind === 'IMPORT'
                        ? t('recent.imported', formatNumber(job.created), formatNumber(job.updated), formatNumber(job.errors.length))
                        : t('recent.exported', job.total)}{' '}
                      · {job.createdBy?.name ?? common('api')} · {relativeTime(job.createdAt, Date.now())}
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
