import { For } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { clientActivityText } from '../../client-history/client-activity-text.ts';
import type { CrmClient } from './client-crm.ts';
import { crmMessages } from './crm.messages.ts';

// The client's last 20 changes (tags, stages, owner, variables, merges…), newest first, in the operator's language
// (clientActivityText, as the timeline words them).
export const HistorySection = (props: { client: CrmClient }) => {
  const t = useMessages(crmMessages);
  return (
    <section class="card-section crm-history" data-testid="crm-history">
      <h3>{t('history.title')}</h3>
      <ol class="crm-history-list">
        <For each={props.client.activity.edges} fallback={<li class="card-missing">{t('history.none')}</li>}>
          {({ node }) => (
            <li data-testid="history-entry" data-type={node.type}>
              <span data-testid="history-text">{clientActivityText(node)}</span>
              <span class="crm-note-meta">
                {node.actor?.name ?? t('history.system')} · {formatDateTime(node.createdAt)}
              </span>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
};
