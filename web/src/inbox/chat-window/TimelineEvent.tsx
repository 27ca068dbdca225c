import { Show } from 'solid-js';
import type { TimelineEventFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { formatDateTime, formatTime } from '../../ui/format.ts';
import { chatWindowMessages } from './chat-window.messages.ts';

const t = useMessages(chatWindowMessages);

// "Anna Operator closed the conversation"; a null actor is the client (whose message reopens and unarchives)
// or the system.
export const describeEvent = (event: TimelineEventFragment): string => {
  const actor = event.actor?.name;
  const assignee = event.assignee?.name ?? t('events.someone');
  switch (event.type) {
    case 'CLOSED':
      return actor ? t('events.closed', { actor }) : t('events.closedBySystem');
    case 'REOPENED':
      return actor ? t('events.reopened', { actor }) : t('events.reopenedByClient');
    case 'ARCHIVED':
      return actor ? t('events.archived', { actor }) : t('events.archivedBySystem');
    case 'UNARCHIVED':
      return actor ? t('events.unarchived', { actor }) : t('events.unarchivedByClient');
    case 'ASSIGNED':
      if (!actor) return t('events.assignedTo', { assignee });
      return event.actor?.id === event.assignee?.id ? t('events.took', { actor }) : t('events.assigned', { actor, assignee });
    case 'UNASSIGNED':
      return actor ? t('events.unassigned', { actor }) : t('events.unassignedBySystem');
    case 'TEAM_ASSIGNED': {
      const team = event.team?.name ?? t('events.deletedTeam');
      const to = event.assignee ? t('events.teamAndPerson', { team, assignee }) : t('events.team', { team });
      return actor ? t('events.transferred', { actor, to }) : t('events.transferredBySystem', { to });
    }
    case 'MESSAGE_SCHEDULED':
      return t('events.scheduled', { actor: actor ?? t('events.theBot'), at: formatDateTime(event.scheduledAt ?? event.createdAt) });
    case 'MESSAGE_RESCHEDULED':
      return t('events.rescheduled', { actor: actor ?? t('events.theBot'), at: formatDateTime(event.scheduledAt ?? event.createdAt) });
    case 'MESSAGE_SENT_NOW':
      return t('events.sentNow', { actor: actor ?? t('events.theBot') });
    case 'MESSAGE_SCHEDULE_CANCELLED':
      return t('events.scheduleCancelled', { actor: actor ?? t('events.theBot') });
  }
};

export const TimelineEvent = (props: { event: TimelineEventFragment }) => (
  <div class="timeline-event" data-testid="timeline-event" data-type={props.event.type} data-event-id={props.event.id} role="note">
    <div class={`timeline-event-body timeline-event-${props.event.type}`}>
      <span class="timeline-event-text">
        {describeEvent(props.event)}
        <Show when={props.event.comment}>{(comment) => <span class="timeline-event-comment">: {comment()}</span>}</Show>
      </span>
      <time dateTime={props.event.createdAt} title={formatDateTime(props.event.createdAt)}>
        {formatTime(props.event.createdAt)}
      </time>
    </div>
  </div>
);
