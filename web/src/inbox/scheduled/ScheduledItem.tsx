import { Show, type JSX } from 'solid-js';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { ScheduledActions, type ScheduledAction } from './ScheduledActions.tsx';
import { createScheduledActions } from './scheduled-actions.ts';
import { scheduledMessages } from './scheduled.messages.ts';
import './scheduled.css';
import { ClockIcon } from '../../ui/icons.tsx';

/**
 * One pending send with its three actions (ScheduledActions). `onChanged` gets the message as the change left it.
 */
export const ScheduledItem = (props: { message: ChatMessageFragment; onChanged: (message: ChatMessageFragment) => void; children?: JSX.Element }) => {
  const t = useMessages(scheduledMessages);
  const actions = createScheduledActions();
  const act = async (action: ScheduledAction) => {
    const id = props.message.id;
    const result = await (action === 'sendNow' ? actions.sendNow(id) : action === 'cancel' ? actions.cancel(id) : actions.reschedule(id, action.reschedule));
    if ('error' in result) return result.error;
    props.onChanged(result.message);
    return null;
  };
  const when = () => props.message.scheduledAt ?? props.message.createdAt;
  return (
    <li class="scheduled-item" data-testid="scheduled-item" data-message-id={props.message.id}>
      <time class="scheduled-item-due" dateTime={when()} data-testid="scheduled-item-due">
        <ClockIcon /> {formatDateTime(when())}
      </time>
      <div class="scheduled-item-text">{props.message.text}</div>
      <Show when={props.message.attachments.length}>
        <div class="scheduled-item-by">{t('card.files', { count: formatNumber(props.message.attachments.length) })}</div>
      </Show>
      <div class="scheduled-item-by">{props.message.author ? t('card.by', { name: props.message.author.name }) : t('card.byApi')}</div>
      {props.children}
      <Show when={props.message.viewerCanChangeSchedule}>
        <ScheduledActions at={when()} cancelWarning={t('card.cancelConfirm')} act={act} />
      </Show>
    </li>
  );
};
