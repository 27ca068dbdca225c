import { For, Show } from 'solid-js';
import type { SettingsQuickRepliesQuery } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { settingsMessages } from '../settings.messages.ts';
import { quickRepliesMessages } from './quick-replies.messages.ts';

type Folder = SettingsQuickRepliesQuery['quickReplyFolders'][number];

/** The folders: renamed in place, with how many quick replies each holds; deleting one keeps its replies. */
export const QuickReplyFolders = (props: { folders: readonly Folder[]; busy: boolean; onRename: (folderId: string, name: string) => unknown; onDelete: (folderId: string) => unknown }) => {
  const t = useMessages(quickRepliesMessages);
  const common = useMessages(settingsMessages);
  return (
    <div class="settings-card" data-testid="quick-reply-folders">
      <h3>{t('folders')}</h3>
      <Show when={props.folders.length} fallback={<p class="settings-hint settings-empty">{t('foldersEmpty')}</p>}>
        <ul class="settings-list">
          <For each={props.folders}>
            {(folder) => (
              <li class="settings-list-row" data-testid="folder-row" data-name={folder.name}>
                <input class="settings-title-input" aria-label={t('folderName')} value={folder.name} maxLength={100}
                  onChange={(event) => event.currentTarget.value.trim() !== folder.name && props.onRename(folder.id, event.currentTarget.value)} />
                <span class="settings-count">{t('replies', folder.quickReplyCount)}</span>
                <span class="settings-row-actions">
                  <ConfirmButton label={common('delete')} warning={t('deleteFolderWarning')} testId="folder-delete-confirm" disabled={props.busy} onConfirm={() => props.onDelete(folder.id)} />
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
};
