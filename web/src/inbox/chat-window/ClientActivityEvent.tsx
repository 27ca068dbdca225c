import { For, Show } from 'solid-js';
import type { ClientActivityEntryFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { firstName, formatDateTime, formatTime } from '../../ui/format.ts';
import { clientActivityText } from '../client-history/client-activity-text.ts';
import { chatWindowMessages } from './chat-window.messages.ts';

const Time = (props: { at: string }) => (
  <time dateTime={props.at} title={formatDateTime(props.at)}>
    {formatTime(props.at)}
  </time>
);

/** "Anna Operator · Deal "Sofa": New → Offer" — the client's history, inline in the timeline. */
export const ClientActivityEvent = (props: { activity: ClientActivityEntryFragment; nested?: boolean }) => (
  <div
    class="timeline-event is-client-activity"
    classList={{ 'is-nested': props.nested }}
    data-testid="client-activity"
    data-type={props.activity.activityType}
    data-activity-id={props.activity.id}
    role="note"
  >
    <div class="timeline-event-body">
      <span class="timeline-event-text">
        <Show when={props.activity.actor && !props.nested}>{`${props.activity.actor?.name} · `}</Show>
        {clientActivityText({ type: props.activity.activityType, summary: props.activity.summary, data: props.activity.data })}
      </span>
      <Time at={props.activity.createdAt} />
    </div>
  </div>
);

type GroupProps = {
  changes: readonly ClientActivityEntryFragment[];
  expanded: boolean;
  onToggle: () => void;
};

/**
 * Consecutive changes to the card by one actor: one line ("Anna · 6 changes to the card") that opens to show each.
 * A single change is shown as itself.
 */
export const CardChanges = (props: GroupProps) => {
  const t = useMessages(chatWindowMessages);
  const first = () => props.changes[0]!;
  const last = () => props.changes[props.changes.length - 1]!;
  const actor = () => (first().actor ? firstName(first().actor!.name) : t('changes.bot'));
  const listId = () => `changes-${first().id}`;
  // "12:40–12:47", or one time when they share the minute.
  const span = () => {
    const [from, to] = [formatTime(first().createdAt), formatTime(last().createdAt)];
    return from === to ? to : `${from}–${to}`;
  };
  return (
    <Show when={props.changes.length > 1} fallback={<ClientActivityEvent activity={first()} />}>
      <div class="card-changes" classList={{ 'is-expanded': props.expanded }} data-testid="card-changes" data-count={props.changes.length}>
        <div class="timeline-event is-client-activity">
          <button
            type="button"
            class="timeline-event-body card-changes-toggle"
            data-testid="card-changes-toggle"
            aria-expanded={props.expanded}
            aria-controls={listId()}
            title={props.expanded ? t('changes.collapse') : t('changes.expand')}
            onClick={() => props.onToggle()}
          >
            <svg class="card-changes-chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
              <path d="M3 1.5 6.5 5 3 8.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
            <span class="timeline-event-text" data-testid="card-changes-summary">
              {actor()} · {t('changes.count', props.changes.length)}
            </span>
            <time dateTime={last().createdAt} title={formatDateTime(last().createdAt)}>
              {span()}
            </time>
          </button>
        </div>
        <Show when={props.expanded}>
          <div class="card-changes-list" id={listId()}>
            <For each={props.changes}>{(change) => <ClientActivityEvent activity={change} nested />}</For>
          </div>
        </Show>
      </div>
    </Show>
  );
};
