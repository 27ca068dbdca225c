import { Show } from 'solid-js';
import type { TimelineEventFragment } from '../../generated/graphql.ts';
import { formatDateTime, formatTime } from '../../ui/format.ts';

// "Anna Operator closed the conversation"; a null actor is the client (whose message reopens and unarchives)
// or the system.
export const describeEvent = (event: TimelineEventFragment): string => {
  const actor = event.actor?.name;
  const assignee = event.assignee?.name ?? 'someone';
  switch (event.type) {
    case 'CLOSED':
      return actor ? `${actor} closed the conversation` : 'The conversation was closed';
    case 'REOPENED':
      return actor ? `${actor} reopened the conversation` : "Reopened by the client's message";
    case 'ARCHIVED':
      return actor ? `${actor} archived the conversation` : 'The conversation was archived';
    case 'UNARCHIVED':
      return actor ? `${actor} unarchived the conversation` : "Unarchived by the client's message";
    case 'ASSIGNED':
      if (!actor) return `Assigned to ${assignee}`;
      return event.actor?.id === event.assignee?.id ? `${actor} took the conversation` : `${actor} assigned ${assignee}`;
    case 'UNASSIGNED':
      return actor ? `${actor} unassigned the conversation` : 'The conversation was unassigned';
    case 'TEAM_ASSIGNED': {
      const to = `team ${event.team?.name ?? '(deleted)'}${event.assignee ? `, ${assignee}` : ''}`;
      return actor ? `${actor} transferred the conversation to ${to}` : `Transferred to ${to}`;
    }
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
