import { createQuery, useClient } from '@urql/solid';
import { createEffect, createSignal, For, Show } from 'solid-js';
import type { ScheduledMessagesQuery as Page } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { failureText } from '../../shared/refusal-text.ts';
import { formatNumber } from '../../ui/format.ts';
import { OperatorsQuery } from '../conversation-actions/operators.query.ts';
import { Header } from '../layout/Header.tsx';
import { MeQuery } from '../layout/me.query.ts';
import { DueTimePicker } from './DueTimePicker.tsx';
import { ScheduledItem } from './ScheduledItem.tsx';
import { ScheduledMessagesQuery } from './scheduled-messages.query.ts';
import { scheduledMessages } from './scheduled.messages.ts';
import './scheduled.css';

type Row = Page['scheduledMessages']['edges'][number]['node'];
const PAGE_SIZE = 50;

// `#/scheduled`: every pending send of the project (managers and up), soonest first, by operator and due time,
// each with the card's actions and a link to its conversation.
export const ScheduledPage = () => {
  const t = useMessages(scheduledMessages);
  const client = useClient();
  const [me] = createQuery({ query: MeQuery });
  const [operators] = createQuery({ query: OperatorsQuery });
  const [authorId, setAuthorId] = createSignal<string | null>(null);
  const [dueFrom, setDueFrom] = createSignal<string | null>(null);
  const [dueBefore, setDueBefore] = createSignal<string | null>(null);
  const [rows, setRows] = createSignal<Row[]>([]);
  const [total, setTotal] = createSignal<number | null>(null);
  const [next, setNext] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const load = async (after: string | null) => {
    const filter = { authorId: authorId(), dueFrom: dueFrom(), dueBefore: dueBefore() };
    const result = await client.query(ScheduledMessagesQuery, { first: PAGE_SIZE, after, filter }, { requestPolicy: 'network-only' }).toPromise();
    const connection = result.data?.scheduledMessages;
    if (!connection) return setError(failureText(result.error, t('card.failed')));
    setError(null);
    const page = connection.edges.map((edge) => edge.node);
    setRows(after ? [...rows(), ...page] : page);
    setTotal(connection.totalCount);
    setNext(connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null);
  };
  createEffect(() => void load(null));
  createEffect(() => (document.title = t('page.heading')));

  return (
    <div class="inbox scheduled-view">
      <Header me={me.data?.me} />
      <main class="scheduled-page" data-testid="scheduled-page">
        <h1>{t('page.heading')}</h1>
        <div class="scheduled-filters">
          <label>
            {t('page.operator')}
            <select data-testid="scheduled-filter-operator" onChange={(event) => setAuthorId(event.currentTarget.value || null)}>
              <option value="">{t('page.anyone')}</option>
              <For each={operators.data?.operators ?? []}>{(operator) => <option value={operator.id}>{operator.name}</option>}</For>
            </select>
          </label>
          <label>
            {t('page.from')}
            <DueTimePicker value={dueFrom()} onChange={setDueFrom} testId="scheduled-filter-from" />
          </label>
          <label>
            {t('page.to')}
            <DueTimePicker value={dueBefore()} onChange={setDueBefore} testId="scheduled-filter-to" />
          </label>
          <Show when={total() !== null}>
            <span data-testid="scheduled-total">{t('page.total', { count: formatNumber(total() ?? 0) })}</span>
          </Show>
        </div>
        <Show when={error()}>{(message) => <div class="error-box" role="alert">{message()}</div>}</Show>
        <Show when={rows().length} fallback={<div class="empty-state">{t('page.empty')}</div>}>
          <ul class="scheduled-list">
            <For each={rows()}>
              {(row) => (
                <ScheduledItem message={row} onChanged={() => void load(null)}>
                  <a class="scheduled-item-by" href={`#/c/${encodeURIComponent(row.conversation.id)}`} data-testid="scheduled-open">
                    {t('page.client')}: {row.conversation.client.name} · {t('page.open')}
                  </a>
                </ScheduledItem>
              )}
            </For>
          </ul>
        </Show>
        <Show when={next()}>
          {(after) => (
            <button type="button" class="btn" onClick={() => void load(after())}>
              {t('page.more')}
            </button>
          )}
        </Show>
      </main>
    </div>
  );
};
