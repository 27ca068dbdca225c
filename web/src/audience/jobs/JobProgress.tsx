import { For, Show } from 'solid-js';
import type { ClientJobFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ownOrigin } from '../../ui/files.ts';
import { formatNumber } from '../../ui/format.ts';
import { jobsMessages } from './jobs.messages.ts';

/** Where an import or export stands: a progress bar of processed/total, then its outcome. */
export const JobProgress = (props: { job: ClientJobFragment }) => {
  const t = useMessages(jobsMessages);
  const job = () => props.job;
  // No total yet (the file is being read): the bar just moves.
  const percent = () => (job().status === 'DONE' ? 100 : job().total > 0 ? Math.min(100, Math.round((job().processed / job().total) * 100)) : null);
  return (
    <div class="job" data-testid={`job-${job().kind.toLowerCase()}`} data-status={job().status}>
      <div class="job-head">
        <span class={`job-status is-${job().status.toLowerCase()}`} data-testid="job-status">
          {t(`status.${job().status}`)}
        </span>
        <span class="job-numbers" data-testid="job-numbers">
          {formatNumber(job().processed)} / {formatNumber(job().total)}
        </span>
      </div>
      <div
        class="progress"
        classList={{ 'is-indeterminate': percent() === null && job().status !== 'FAILED', 'is-failed': job().status === 'FAILED' }}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={job().total}
        aria-valuenow={job().processed}
        data-testid="job-progress"
      >
        <div class="progress-fill" style={{ width: `${percent() ?? 0}%` }} />
      </div>
      <Show when={job().kind === 'IMPORT' && job().status !== 'QUEUED'}>
        <div class="job-summary" data-testid="job-summary">
          <span>
            <b>{formatNumber(job().created)}</b> {t('summary.created')}
          </span>
          <span>
            <b>{formatNumber(job().updated)}</b> {t('summary.updated')}
          </span>
          <span classList={{ 'error-text': job().errors.length > 0 }}>
            <b>{formatNumber(job().errors.length)}</b> {t('summary.skipped', job().errors.length)}
          </span>
        </div>
      </Show>
      <Show when={job().errors.length}>
        <ul class="job-errors" data-testid="job-errors">
          <For each={job().errors}>
            {(error) => (
              <li data-testid="job-error">
                <span class="job-error-row">{t('line', error.row)}</span> {error.message}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={job().status === 'FAILED'}>
        <div class="error-box" role="alert" data-testid="job-failure">
          {job().failureReason ?? t('failed')}
        </div>
      </Show>
      <Show when={job().kind === 'EXPORT' && job().status === 'DONE' && job().file}>
        {(file) => (
          <a class="btn btn-small btn-primary job-download" href={ownOrigin(file().downloadUrl)} download={file().name} data-testid="export-download">
            {t('download', file().name)}
          </a>
        )}
      </Show>
    </div>
  );
};
