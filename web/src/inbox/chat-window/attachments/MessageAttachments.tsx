import { For, Match, Show, Switch } from 'solid-js';
import type { FileItemFragment } from '../../../generated/graphql.ts';
import { fileIcon, formatSize, ownOrigin } from '../../../ui/files.ts';
import './attachments.css';

// A file chip: icon, name, size; a click downloads it.
export const FileChip = (props: { file: FileItemFragment }) => (
  <a class="file-chip" href={ownOrigin(props.file.downloadUrl)} download={props.file.name} data-testid="file-chip" title={`Download ${props.file.name}`}>
    <span class="file-icon" aria-hidden="true">{fileIcon(props.file.kind, props.file.contentType)}</span>
    <span class="file-chip-name">{props.file.name}</span>
    <span class="file-size">{formatSize(props.file.size)}</span>
  </a>
);

// A message's files inside its bubble: images as previews (opened full size in a new tab), video and voice
// playable in place, documents as chips.
export const MessageAttachments = (props: { files: readonly FileItemFragment[] }) => (
  <Show when={props.files.length}>
    <div class="message-attachments" data-testid="message-attachments">
      <For each={props.files}>
        {(file) => (
          <Switch fallback={<FileChip file={file} />}>
            <Match when={file.kind === 'IMAGE'}>
              <a class="attachment-image" href={ownOrigin(file.url)} target="_blank" rel="noopener" title={file.name} data-testid="attachment-image">
                <img src={ownOrigin(file.url)} alt={file.name} loading="lazy" />
              </a>
            </Match>
            <Match when={file.kind === 'VIDEO'}>
              <video class="attachment-video" src={ownOrigin(file.url)} controls preload="metadata" title={file.name} />
            </Match>
            <Match when={file.kind === 'AUDIO'}>
              <span class="attachment-audio">
                <audio src={ownOrigin(file.url)} controls preload="none" title={file.name} />
                <FileChip file={file} />
              </span>
            </Match>
          </Switch>
        )}
      </For>
    </div>
  </Show>
);
