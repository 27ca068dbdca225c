import { useMessages } from '../../i18n/messages.ts';
import { DueTimePicker } from './DueTimePicker.tsx';
import './scheduled.css';
import { scheduledMessages } from './scheduled.messages.ts';
import { ClockIcon } from './ClockIcon.tsx';

// The composer's timer, open: the due time of the reply (sent with Schedule), or back to sending at once.
export const ScheduleTimer = (props: { dueAt: string | null; onChange: (iso: string | null) => void; onClose: () => void }) => {
  const t = useMessages(scheduledMessages);
  return (
    <div class="schedule-timer" data-testid="schedule-timer" role="group" aria-label={t('timer.title')}>
      <span class="schedule-timer-label" aria-hidden="true">
        <ClockIcon /> {t('timer.label')}
      </span>
      <DueTimePicker value={props.dueAt} onChange={props.onChange} testId="schedule-time" autofocus />
      <button type="button" class="btn btn-small btn-ghost" data-testid="schedule-clear" onClick={() => props.onClose()}>
        {t('timer.clear')}
      </button>
    </div>
  );
};
