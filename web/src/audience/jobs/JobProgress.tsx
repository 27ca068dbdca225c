import { For, Show } from 'solid-js';
import type { ClientJobFragment } from '../../generated/graphql.ts';
import { ownOrigin } from '../../ui/files.ts';

const STATUS = { QUEUED: 'Queued', RUNNING: 'Running', DONE: 'Done', FAILED: 'Failed' } as const;

/** Where an import or export stands: a progress bar of processed/total, then its outcome. */
export const JobProgress = (props: { job: ClientJobFragment }) => {
  const job = () => props.job;
  // No total yet (the file is being read): the bar just moves.
  const percent = () => (job().status === 'DONE' ? 100 : job().total > 0 ? Math.min(100, Math.round((job().processed / job().total) * 100)) : null);
  return (
    <div class="job" data-testid={`job-${job().kind.toLowerCase()}`} data-status={job().status}>
      <div class="job-head">
        <span class={`job-status is-${job().status.toLowerCase()}`} data-testid="job-status">
          {STATUS[job().status]}
        </span>
        <span class="job-numbers" data-testid="job-numbers">
          {job().processed.toLocaleString()} / {job().total.toLocaleString()}
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
            <b>{job().created}</b> created
          </span>
          <span>
            <b>{job().updated}</b> updated
          </span>
          <span classList={{ 'error-text': job().errors.length > 0 }}>
            <b>{job().errors.length}</b> {job().errors.length === 1 ? 'row' : 'rows'} skipped
          </span>
        </div>
      </Show>
      <Show when={job().errors.length}>
        <ul class="job-errors" data-testid="job-errors">
          <For each={job().errors}>
            {(error) => (
              <li data-testid="job-error">
                <span class="job-error-row">Line {error.row}</span> {error.message}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={job().status === 'FAILED'}>
        <div class="error-box" role="alert" data-testid="job-failure">
          {job().failureReason ?? 'The job failed.'}
        </div>
      </Show>
      <Show when={job().kind === 'EXPORT' && job().status === 'DONE' && job().file}>
        {(file) => (
          <a class="btn btn-small btn-primary job-download" href={ownOrigin(file().downloadUrl)} download={file().name} data-testid="export-download">
            ⬇ Download {file().name}
          </a>
        )}
      </Show>
    </div>
  );
};
