import { createEffect, createMemo, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import type { TimelineItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { createNow } from '../../ui/clock.ts';
import { dayLabel, sameDay } from '../../ui/format.ts';
import type { CommentActions } from '../comments/comment-actions.ts';
import { CommentNote } from '../comments/CommentNote.tsx';
import type { MessageContext } from '../message-actions/MessageMenu.tsx';
import type { ConversationTimeline } from './conversation-timeline.ts';
import type { HitMark } from './dialog-search.ts';
import { MessageBubble } from './MessageBubble.tsx';
import { chatWindowMessages } from './chat-window.messages.ts';
import { CardChanges } from './ClientActivityEvent.tsx';
import { TimelineEvent } from './TimelineEvent.tsx';
import { firstAt, keepStable, lastAt, timelineRows, type TimelineRow } from './timeline-rows.ts';

const NEAR_EDGE_PX = 120;
const GROUP_WINDOW_MS = 5 * 60_000;

// Consecutive messages of one author within minutes share one bubble group; any other line between breaks it.
const continues = (row: TimelineRow | undefined, item: TimelineItemFragment) => {
  const previous = row?.kind === 'entry' ? row.item : undefined;
  return (
    previous?.__typename === 'Message' &&
    item.__typename === 'Message' &&
    previous.senderKind === item.senderKind &&
    previous.senderKind !== 'SYSTEM' &&
    previous.author?.id === item.author?.id &&
    Date.parse(item.createdAt) - Date.parse(previous.createdAt) < GROUP_WINDOW_MS &&
    sameDay(previous.createdAt, item.createdAt)
  );
};

type Run = Extract<TimelineRow, { kind: 'changes' }>;

type Props = {
  timeline: ConversationTimeline;
  // Dialog search: how a message is marked, and the hit to bring into view.
  markOf: (messageId: string) => HitMark | undefined;
  focus: { id: string } | null;
  viewerId: string | undefined;
  comments: CommentActions;
  messages: MessageContext;
  // The operator's choice: conversation events and card changes shown, or only messages and notes.
  systemEvents: boolean;
};

// The operator's own doings (a reply, a note, an action) always scroll into view.
const isOwn = (item: TimelineItemFragment | undefined, viewerId: string | undefined): boolean => {
  if (item?.__typename === 'ConversationEvent') return !!item.actor;
  if (item?.__typename === 'Comment') return !!viewerId && item.author?.id === viewerId;
  return item?.__typename === 'Message' && item.senderKind === 'OPERATOR';
};

export const TimelineList = (props: Props) => {
  const t = useMessages(chatWindowMessages);
  const now = createNow(60_000);
  // The lines shown, by the one grouping rule (timeline-rows.ts), over every loaded page and live addition.
  const rows = createMemo<TimelineRow[]>((previous) => keepStable(previous, timelineRows(props.timeline.items, { systemEvents: props.systemEvents, sameDay })), []);
  // Runs of card changes opened by the operator, by their changes' ids: a run that grows or meets its older half
  // from the next page stays open.
  const [opened, setOpened] = createSignal<ReadonlySet<string>>(new Set());
  const isOpen = (run: Run) => run.changes.some((change) => opened().has(change.id));
  const toggle = (run: Run) => {
    const next = new Set(opened());
    const ids = run.changes.map((change) => change.id);
    if (isOpen(run)) ids.forEach((id) => next.delete(id));
    else ids.forEach((id) => next.add(id));
    setOpened(next);
  };
  let scroller!: HTMLDivElement;
  // Follow new entries only while the operator is reading the bottom of the thread.
  let stickToBottom = true;

  const scrollToBottom = () => {
    scroller.scrollTop = scroller.scrollHeight;
  };

  const loadOlder = async () => {
    const previousHeight = scroller.scrollHeight;
    const previousTop = scroller.scrollTop;
    await props.timeline.loadOlder();
    // Keep the entry under the operator's eyes where it was while older ones are prepended.
    scroller.scrollTop = scroller.scrollHeight - previousHeight + previousTop;
    fillViewport();
  };

  // A short first page leaves no scrollbar to pull on; fetch older pages until there is one.
  const fillViewport = () => {
    if (scroller.scrollHeight <= scroller.clientHeight && props.timeline.hasOlder()) void loadOlder();
  };

  const onScroll = () => {
    stickToBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < NEAR_EDGE_PX;
    if (scroller.scrollTop < NEAR_EDGE_PX) void loadOlder();
  };

  const last = () => props.timeline.items[props.timeline.items.length - 1];
  createEffect(
    on(
      // Hiding or showing system events changes the height too: stay at the bottom if reading there.
      () => [last()?.id, props.systemEvents] as const,
      ([id]) => {
        if (!id) return;
        if (stickToBottom || isOwn(last(), props.viewerId)) scrollToBottom();
        fillViewport();
      },
    ),
  );

  createEffect(
    on(
      () => props.focus,
      (focus) => {
        const target = focus && scroller.querySelector(`[data-message-id="${CSS.escape(focus.id)}"]`);
        if (!target) return;
        stickToBottom = false;
        target.scrollIntoView({ block: 'center' });
      },
    ),
  );

  return (
    <div class="message-scroll" ref={scroller} onScroll={onScroll}>
      <div class="message-list">
        <Show when={props.timeline.loadingOlder()}>
          <div class="message-list-note">
            <span class="spinner" /> {t('timeline.loadingOlder')}
          </div>
        </Show>
        <Show when={props.timeline.olderError()}>
          {(message) => (
            <div class="message-list-note">
              <span class="error-text">{message()}</span>
              <button class="btn btn-small" onClick={() => void loadOlder()}>
                {t('timeline.retry')}
              </button>
            </div>
          )}
        </Show>
        <Show when={!props.timeline.hasOlder() && props.timeline.items.length > 0}>
          <div class="message-list-note is-start">{t('timeline.start')}</div>
        </Show>
        <For each={rows()}>
          {(row, index) => {
            const previous = () => rows()[index() - 1];
            return (
              <>
                <Show when={!previous() || !sameDay(lastAt(previous()!), firstAt(row))}>
                  <div class="day-separator">
                    <span>{dayLabel(firstAt(row), now())}</span>
                  </div>
                </Show>
                <Switch>
                  <Match when={row.kind === 'changes' && row}>{(run) => <CardChanges changes={run().changes} expanded={isOpen(run())} onToggle={() => toggle(run())} />}</Match>
                  <Match when={row.kind === 'entry' && row.item.__typename === 'Message' && row.item}>
                    {(message) => <MessageBubble message={message()} continued={continues(previous(), message())} hit={props.markOf(message().id)} context={props.messages} />}
                  </Match>
                  <Match when={row.kind === 'entry' && row.item.__typename === 'ConversationEvent' && row.item}>{(event) => <TimelineEvent event={event()} />}</Match>
                  <Match when={row.kind === 'entry' && row.item.__typename === 'Comment' && row.item}>{(comment) => <CommentNote comment={comment()} actions={props.comments} />}</Match>
                </Switch>
              </>
            );
          }}
        </For>
      </div>
    </div>
  );
};

