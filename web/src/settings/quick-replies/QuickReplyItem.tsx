import { Show } from 'solid-js';
import type { SettingsQuickRepliesQuery } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { settingsMessages } from '../settings.messages.ts';
import { quickRepliesMessages } from './quick-replies.messages.ts';
import { type QuickReplyDraft, QuickReplyForm, type QuickReplyVariable } from './QuickReplyForm.tsx';

type Reply = SettingsQuickRepliesQuery['quickReplies'][number];
type Props = {
  reply: Reply;
  folders: readonly { id: string; name: string }[];
  variables: readonly QuickReplyVariable[];
  editing: boolean;
  busy: boolean;
  onEdit: (editing: boolean) => void;
  onSave: (draft: QuickReplyDraft) => Promise<unknown>;
  onDelete: () => unknown;
};

/** One quick reply: its title, folder and text, or the form that changes it (its folder too). */
export const QuickReplyItem = (props: Props) => {
  const t = useMessages(quickRepliesMessages);
  const common = useMessages(settingsMessages);
  return (
    <li class="quick-reply-item" data-testid="quick-reply-row" data-title={props.reply.title}>
      <Show
        when={props.editing}
        fallback={
          <>
            <div class="quick-reply-item-head">
              <strong class="quick-reply-item-title">{props.reply.title}</strong>
              <Show when={props.reply.folder}>{(folder) => <span class="settings-kind" data-testid="quick-reply-folder">{folder().name}</span>}</Show>
              <span class="settings-row-actions">
                <button type="button" class="btn btn-small" disabled={props.busy} onClick={() => props.onEdit(true)}>
                  {t('edit')}
                </button>
                <ConfirmButton label={common('delete')} warning={t('deleteReplyWarning')} testId="quick-reply-delete-confirm" disabled={props.busy} onConfirm={props.onDelete} />
              </span>
            </div>
            <p class="quick-reply-item-text">{props.reply.text}</p>
          </>
        }
      >
        <div class="quick-reply-list-form">
          <QuickReplyForm
            initial={{ title: props.reply.title, text: props.reply.text, folderId: props.reply.folder?.id ?? null }}
            folders={props.folders}
            variables={props.variables}
            busy={props.busy}
            testId="edit-quick-reply"
            onSave={props.onSave}
            onCancel={() => props.onEdit(false)}
          />
        </div>
      </Show>
    </li>
  );
};
