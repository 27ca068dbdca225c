import { For, Show } from 'solid-js';
import type { FileKind } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { fileIcon, formatSize, ownOrigin } from '../../../ui/files.ts';
import { createClientFiles } from './client-files.ts';
import './media.css';
import { mediaMessages } from './media.messages.ts';

// The tabs: every file, then one kind each (null: all).
const tabs: (FileKind | null)[] = [null, 'IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'];

// The client card's media: every file exchanged with the client. Photos as a grid of thumbnails (full size in a
// new tab), everything else as a list with its icon, size and a download link.
export const MediaSection = (props: { clientId: string; changedAt?: string | undefined }) => {
  const t = useMessages(mediaMessages);
  const media = createClientFiles(
    () => props.clientId,
    () => props.changedAt,
  );
  const images = () => media.files().filter((file) => file.kind === 'IMAGE');
  const others = () => media.files().filter((file) => file.kind !== 'IMAGE');
  return (
    <section class="card-section media-section" data-testid="client-media" aria-label={t('title')}>
      <h3 class="media-title">
        {t('title')}
        <button type="button" class="btn btn-small btn-ghost media-refresh" title={t('refresh')} aria-label={t('refreshLabel')} onClick={() => media.refresh()}>
          ↻
        </button>
      </h3>
      <div class="media-tabs" role="tablist" aria-label={t('kinds.label')}>
        <For each={tabs}>
          {(kind) => (
            <button
              type="button"
              role="tab"
              class="media-tab"
              classList={{ 'is-active': media.kind() === kind }}
              aria-selected={media.kind() === kind}
              data-testid="media-tab"
              onClick={() => media.setKind(kind)}
            >
              {t(`kinds.${kind ?? 'ALL'}`)}
            </button>
          )}
        </For>
      </div>
      <Show when={media.error()}>{(message) => <div class="error-text">{message()}</div>}</Show>
      <Show when={media.files().length || media.loading()} fallback={<div class="card-missing">{t('none')}</div>}>
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
                <a class="btn btn-small btn-ghost" href={ownOrigin(file.downloadUrl)} download={file.name} title={t('download')} aria-label={t('downloadLabel', file.name)}>
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
            {t('more')}
          </button>
        </Show>
      </Show>
    </section>
  );
};
