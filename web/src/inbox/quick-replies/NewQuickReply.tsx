import { createMutation, createQuery } from '@urql/solid';
import { createMemo, createSignal, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { QuickReplyForm, type QuickReplyDraft } from '../../settings/quick-replies/QuickReplyForm.tsx';
import { quickReplyVariables } from '../../settings/quick-replies/quick-reply-variables.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { CreateQuickReplyMutation } from './create-quick-reply.mutation.ts';
import { quickReplyPickerMessages } from './quick-replies.messages.ts';
import { QuickReplyFormQuery } from './quick-reply-form.query.ts';

/** The picker's small form for a new quick reply (Settings' form, compact); `onCreated` gets it to insert at once. */
export const NewQuickReply = (props: { onCreated: (quickReplyId: string) => void; onCancel: () => void }) => {
  const t = useMessages(quickReplyPickerMessages);
  const [form] = createQuery({ query: QuickReplyFormQuery, requestPolicy: 'cache-and-network' });
  const [state, create] = createMutation(CreateQuickReplyMutation);
  const [error, setError] = createSignal<string | null>(null);
  const variables = createMemo(() => quickReplyVariables(form.data?.systemVariables ?? [], form.data?.clientVariables ?? []));

  const save = async (draft: QuickReplyDraft) => {
    setError(null);
    const outcome = mutationOutcome(await create({ input: draft }), (data) => data.saveQuickReply, t('failed'));
    if (outcome.error !== null) return setError(outcome.error);
    if (outcome.payload.quickReply) props.onCreated(outcome.payload.quickReply.id);
  };

  return (
    <div class="quick-reply-new">
      <div class="quick-reply-folder">{t('newReply')}</div>
      <Show when={error()}>{(message) => <div class="error-text quick-reply-note" role="alert" data-testid="new-quick-reply-error">{message()}</div>}</Show>
      <QuickReplyForm compact folders={form.data?.quickReplyFolders ?? []} variables={variables()} busy={state.fetching} testId="picker-new-quick-reply"
        onSave={save} onCancel={props.onCancel} />
    </div>
  );
};
