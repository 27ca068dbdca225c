import { useClient } from '@urql/solid';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { BroadcastRecipientStatus, BroadcastRecipientsQuery as RecipientsData } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ownOrigin } from '../../ui/files.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { BroadcastRecipientsQuery } from './broadcast-recipients.query.ts';
import { broadcastsMessages } from './broadcasts.messages.ts';

type Recipient = NonNullable<RecipientsData['broadcast']>['recipients']['edges'][number]['node'];
const STATUSES: BroadcastRecipientStatus[] = ['SENT', 'FAILED', 'SKIPPED', 'PENDING'];

/** A broadcast's recipients, by status, a page at a time; the whole list as CSV. */
export const BroadcastResults = (props: { broadcastId: string; csvUrl: string; version: number }) => {
  const t = useMessages(broadcastsMessages);
  const client = useClient();
  const [status, setStatus] = createSignal<BroadcastRecipientStatus | ''>('');
  const [rows, setRows] = createSignal<Recipient[]>([]);
  const [total, setTotal] = createSignal<number | null>(null);
  const [next, setNext] = createSignal<string | null>(null);

  const load = async (after: string | null) => {
    const result = await client
      .query(BroadcastRecipientsQuery, { id: props.broadcastId, status: status() || null, after }, { requestPolicy: 'network-only' })
      .toPromise();
    const recipients = result.data?.broadcast?.recipients;
    if (!recipients) return;
    const page = recipients.edges.map((edge) => edge.node);
    setRows(after ? [...rows(), ...page] : page);
    setTotal(recipients.totalCount);
    setNext(recipients.pageInfo.hasNextPage ? (recipients.pageInfo.endCursor ?? null) : null);
  };
  // Reloaded when the filter changes, and as the broadcast moves on.
  createEffect(on([status, () => props.version], () => void load(null)));

  return (
    <div class="broadcast-results" data-testid="broadcast-results">
      <div class="broadcast-results-head">
        <label>
          {t('filter')}{' '}
          <select class="field" data-testid="broadcast-results-status" value={status()} onChange={(event) => setStatus(event.currentTarget.value as BroadcastRecipientStatus | '')}>
            <option value="">{t('all')}</option>
            <For each={STATUSES}>{(value) => <option value={value}>{t(`recipient.${value}`)}</option>}</For>
          </select>
        </label>
        <Show when={total() !== null}>
          <span class="cell-missing" data-testid="broadcast-results-count">
            {formatNumber(total() ?? 0)}
          </span>
        </Show>
        <span class="filter-spacer" />
        <a class="btn btn-small" href={ownOrigin(props.csvUrl)} download="" data-testid="broadcast-csv">
          {t('csv')}
        </a>
      </div>
      <Show when={rows().length} fallback={<p class="cell-missing">{t('noRecipients')}</p>}>
        <ul class="broadcast-recipients">
          <For each={rows()}>
            {(row) => (
              <li data-testid="broadcast-recipient" data-status={row.status}>
                <span class="broadcast-recipient-name">{row.client.name}</span>
                <span class={`job-status is-${row.status.toLowerCase()}`}>
                  {t(`recipient.${row.status}`)}
                  {row.skipReason ? ` · ${t(`reason.${row.skipReason}`)}` : ''}
                </span>
                <span class="cell-missing">
                  {row.failureReason ?? row.channel?.name ?? ''}
                  {row.processedAt ? ` · ${formatDateTime(row.processedAt)}` : ''}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={next()}>
        {(cursor) => (
          <button type="button" class="link-button" data-testid="broadcast-results-more" onClick={() => void load(cursor())}>
            {t('more')}
          </button>
        )}
      </Show>
    </div>
  );
};
