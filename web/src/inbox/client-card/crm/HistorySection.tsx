import { For } from 'solid-js';
import { formatDateTime } from '../../../ui/format.ts';
import type { CrmClient } from './client-crm.ts';

// The client's last 20 changes (tags, stages, owner, variables, merges…), newest first.
export const HistorySection = (props: { client: CrmClient }) => (
  <section class="card-section crm-history" data-testid="crm-history">
    <h3>History</h3>
    <ol class="crm-history-list">
      <For each={props.client.activity.edges} fallback={<li class="card-missing">Nothing yet</li>}>
        {({ node }) => (
          <li data-testid="history-entry" data-type={node.type}>
            <span>{node.summary}</span>
            <span class="crm-note-meta">
              {node.actor?.name ?? 'System'} · {formatDateTime(node.createdAt)}
            </span>
          </li>
        )}
      </For>
    </ol>
  </section>
);
