import { For, Show } from 'solid-js';
import type { FileKind } from '../../../generated/graphql.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { fileIcon, formatSize, ownOrigin } from '../../../ui/files.ts';
import { createClientFiles } from './client-files.ts';
import './media.css';

const tabs: { kind: FileKind | null; label: string }[] = [
  { kind: null, label: 'All' },
  { kind: 'IMAGE', label: 'Photos' },
  { kind: 'VIDEO', label: 'Video' },
  { kind: 'AUDIO', label: 'Voice' },
  { kind: 'DOCUMENT', label: 'Files' },
];

// The client card's media: every file exchanged with the client. Photos as a grid of thumbnails (full size in a
// new tab), everything else as a list with its icon, size and a download link.
export const MediaSection = (props: { clientId: string; changedAt?: string | undefined }) => {
  const media = createClientFiles(
    () => props.clientId,
    () => props.changedAt,
  );
  const images = () => media.files().filter((file) => file.kind === 'IMAGE');
  const others = () => media.files().filter((file) => file.kind !== 'IMAGE');
  return (
    <section class="card-section media-section" data-testid="client-media" aria-label="Media and files">
      <h3 class="media-title">
        Media and files
        <button type="button" class="btn btn-small btn-ghost media-refresh" title="Refresh" aria-label="Refresh the files" onClick={() => media.refresh()}>
          ↻
        </button>
      </h3>
      <div class="media-tabs" role="tablist" aria-label="Kind of file">
        <For each={tabs}>
          {(tab) => (
            <button
              type="button"
              role="tab"
              class="media-tab"
              classList={{ 'is-active': media.kind() === tab.kind }}
              aria-selected={media.kind() === tab.kind}
              data-testid="media-tab"
              onClick={() => media.setKind(tab.kind)}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <Show when={media.error()}>{(message) => <div class="error-text">{message()}</div>}</Show>
      <Show when={media.files().length || media.loading()} fallback={<div class="card-missing">No files yet</div>}>
        <Show when={images().length}>
          <div class="media-grid">
            <For each={images()}>
              {(file) => (
                <a class="media-thumb" href={ownOrigin(file.url)} target="_blank" rel="noopener" title={`${file.name} · ${formatDateTime(file.createdAt)}`} data-testid="media-image">
                  <img src={ownOrigin(file.url)} alt={file.name} loading="lazy" />
                </a>
              )}
            </For>
          </div>
        </Show>
        <ul class="media-files">
          <For each={others()}>
            {(file) => (
              <li class="media-file" data-testid="media-file">
                <span class="file-icon" aria-hidden="true">{fileIcon(file.kind, file.contentType)}</span>
                <span class="media-file-text">
                  <a class="media-file-name" href={ownOrigin(file.url)} target="_blank" rel="noopener" title={file.name}>
                    {file.name}
                  </a>
                  <span class="media-file-meta">
                    {formatSize(file.size)} · {formatDateTime(file.createdAt)}
                  </span>
                </span>
                <a class="btn btn-small btn-ghost" href={ownOrigin(file.downloadUrl)} download={file.name} title="Download" aria-label={`Download ${file.name}`}>
                  ⬇
                </a>
              </li>
            )}
          </For>
        </ul>
        <Show when={media.loading()}>
          <div class="media-note">
            <span class="spinner" />
          </div>
        </Show>
        <Show when={media.hasMore() && !media.loading()}>
          <button type="button" class="btn btn-small media-more" data-testid="media-more" onClick={() => media.more()}>
            Show more
          </button>
        </Show>
      </Show>
    </section>
  );
};
