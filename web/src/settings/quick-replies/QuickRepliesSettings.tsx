import { createMemo, createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { createDebouncedSearch } from '../../shared/debounced-search.ts';
import { ErrorNote } from '../ErrorNote.tsx';
import { NameForm } from '../NameForm.tsx';
import { createSettingsQuery } from '../settings-query.ts';
import { CreateQuickReplyFolderMutation } from './create-quick-reply-folder.mutation.ts';
import { DeleteQuickReplyFolderMutation } from './delete-quick-reply-folder.mutation.ts';
import { DeleteQuickReplyMutation } from './delete-quick-reply.mutation.ts';
import { quickRepliesMessages } from './quick-replies.messages.ts';
import { quickReplyVariables } from './quick-reply-variables.ts';
import { QuickReplyFolders } from './QuickReplyFolders.tsx';
import { type QuickReplyDraft, QuickReplyForm } from './QuickReplyForm.tsx';
import { QuickReplyItem } from './QuickReplyItem.tsx';
import { RenameQuickReplyFolderMutation } from './rename-quick-reply-folder.mutation.ts';
import { SaveQuickReplyMutation } from './save-quick-reply.mutation.ts';
import { SettingsQuickRepliesQuery } from './settings-quick-replies.query.ts';

// "Without a folder" is the list's own filter: the API filters by one folder, or by none.
const NO_FOLDER = 'none';

// Managers keep the project's quick replies: folders, and replies with #{variables}, found by words or by folder.
export const QuickRepliesSettings = () => {
  const t = useMessages(quickRepliesMessages);
  const [search, setSearch] = createSignal<string | null>(null);
  const [folder, setFolder] = createSignal('');
  const [editing, setEditing] = createSignal<string | null>(null);
  const box = createDebouncedSearch((text) => text.trim() || null, setSearch);
  const replies = createSettingsQuery(SettingsQuickRepliesQuery, () => ({ search: search(), folderId: folder() && folder() !== NO_FOLDER ? folder() : null }));

  const data = () => replies.data();
  const shown = createMemo(() => (data()?.quickReplies ?? []).filter((reply) => folder() !== NO_FOLDER || !reply.folder));
  const variables = createMemo(() => quickReplyVariables(data()?.systemVariables ?? [], data()?.clientVariables ?? []));

  const save = async (quickReplyId: string | null, draft: QuickReplyDraft) => {
    const saved = await replies.run(SaveQuickReplyMutation, { input: { quickReplyId, ...draft } }, (result) => result.saveQuickReply);
    if (saved) setEditing(null);
    return saved;
  };
  const removeFolder = async (folderId: string) => {
    if (folder() === folderId) setFolder('');
    return replies.run(DeleteQuickReplyFolderMutation, { input: { folderId } }, (result) => result.deleteQuickReplyFolder);
  };

  return (
    <div class="settings-section" data-testid="settings-quick-replies">
      <h2>{t('title')}</h2>
      <p class="settings-hint">{t('lead')}</p>
      <ErrorNote message={replies.error()} />
      <Show when={data()} fallback={<span class="spinner" />}>
        <QuickReplyFolders folders={data()!.quickReplyFolders} busy={replies.busy()}
          onRename={(folderId, name) => replies.run(RenameQuickReplyFolderMutation, { input: { folderId, name } }, (result) => result.renameQuickReplyFolder)}
          onDelete={(folderId) => void removeFolder(folderId)} />
        <NameForm label={t('newFolder')} placeholder={t('newFolderPlaceholder')} submit={t('createFolder')} busy={replies.busy()} testId="add-quick-reply-folder"
          onCreate={(name) => replies.run(CreateQuickReplyFolderMutation, { input: { name } }, (result) => result.createQuickReplyFolder)} />
        <div class="settings-card" data-testid="quick-reply-list">
          <div class="settings-toolbar">
            <input class="settings-search" type="search" aria-label={t('search')} placeholder={t('searchPlaceholder')} data-testid="quick-reply-settings-search"
              value={box.text()} onInput={(event) => box.onInput(event.currentTarget.value)} />
            <select aria-label={t('folderFilter')} data-testid="quick-reply-folder-filter" value={folder()} onChange={(event) => setFolder(event.currentTarget.value)}>
              <option value="">{t('allFolders')}</option>
              <For each={data()!.quickReplyFolders}>{(item) => <option value={item.id}>{item.name}</option>}</For>
              <option value={NO_FOLDER}>{t('noFolder')}</option>
            </select>
            <button type="button" class="btn btn-primary" data-testid="new-quick-reply" disabled={editing() === 'new'} onClick={() => setEditing('new')}>
              {t('newReply')}
            </button>
          </div>
          <Show when={editing() === 'new'}>
            <div class="quick-reply-list-form">
              <QuickReplyForm folders={data()!.quickReplyFolders} variables={variables()} busy={replies.busy()} testId="add-quick-reply"
                onSave={(draft) => save(null, draft)} onCancel={() => setEditing(null)} />
            </div>
          </Show>
          <ul class="quick-reply-items" aria-busy={replies.busy()}>
            <For each={shown()} fallback={<li class="settings-hint settings-empty">{search() || folder() ? t('noMatch') : t('empty')}</li>}>
              {(reply) => (
                <QuickReplyItem reply={reply} folders={data()!.quickReplyFolders} variables={variables()} busy={replies.busy()} editing={editing() === reply.id}
                  onEdit={(on) => setEditing(on ? reply.id : null)} onSave={(draft) => save(reply.id, draft)}
                  onDelete={() => replies.run(DeleteQuickReplyMutation, { input: { quickReplyId: reply.id } }, (result) => result.deleteQuickReply)} />
              )}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
};
