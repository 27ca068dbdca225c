import type { ClientActivityEntryFragment } from '../../generated/graphql.ts';
import { formatDateTime, formatTime } from '../../ui/format.ts';

/** "Anna Operator · Deal "Sofa": New → Offer" — the client's history, inline in the timeline. */
export const ClientActivityEvent = (props: { activity: ClientActivityEntryFragment }) => (
  <div class="timeline-event is-client-activity" data-testid="client-activity" data-type={props.activity.activityType} role="note">
    <div class="timeline-event-body">
      <span class="timeline-event-text">
        {props.activity.actor ? `${props.activity.actor.name} · ` : ''}
        {props.activity.summary}
      </span>
      <time dateTime={props.activity.createdAt} title={formatDateTime(props.activity.createdAt)}>
        {formatTime(props.activity.createdAt)}
      </time>
    </div>
  </div>
);
