import { createSignal, For } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { commonMessages } from '../../../ui/common.messages.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { AddClientNoteMutation } from './add-client-note.mutation.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { crmMessages } from './crm.messages.ts';

// Notes are the inbox's internal comments: written here, they also appear in the client's latest conversation.
export const NotesSection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const t = useMessages(crmMessages);
  const common = useMessages(commonMessages);
  const [text, setText] = createSignal('');
  const add = async (event: Event) => {
    event.preventDefault();
    if (text().trim() && (await props.crm.run(AddClientNoteMutation, { input: { clientId: props.client.id, text: text() } }, (r) => r.addClientNote))) setText('');
  };
  return (
    <section class="card-section crm-notes" data-testid="crm-notes">
      <h3>{t('notes.title')}</h3>
      <form class="crm-note-form" onSubmit={(e) => void add(e)}>
        <textarea rows={2} placeholder={t('notes.placeholder')} data-testid="note-input" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="btn btn-small" disabled={props.crm.busy() || !text().trim()}>
          {t('notes.add')}
        </button>
      </form>
      <ul class="crm-notes-list">
        <For each={props.client.notes.edges} fallback={<li class="card-missing">{t('notes.none')}</li>}>
          {({ node }) => (
            <li data-testid="note">
              <div class="crm-note-text">{node.text}</div>
              <div class="crm-note-meta">
                {node.author?.name ?? common('api')} · {formatDateTime(node.createdAt)}
              </div>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
};
