import { createQuery } from '@urql/solid';
import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { FillTextQuery } from './fill-text.query.ts';
import { DueTimePicker } from './DueTimePicker.tsx';
import './scheduled.css';
import { scheduledMessages } from './scheduled.messages.ts';
import { ClockIcon } from '../../ui/icons.tsx';

// The composer's timer, open: the due time of the reply (sent with Schedule), or back to sending at once; a reply
// with `#{variables}` is previewed as the client will get it (they are filled when it is sent).
export const ScheduleTimer = (props: { dueAt: string | null; onChange: (iso: string | null) => void; onClose: () => void; text: string; conversationId: string }) => {
  const t = useMessages(scheduledMessages);
  const [text, setText] = createSignal(props.text);
  // Asked a moment after typing stops, not at every key.
  createEffect(() => {
    const next = props.text;
    const timer = setTimeout(() => setText(next), 400);
    onCleanup(() => clearTimeout(timer));
  });
  const [preview] = createQuery({
    query: FillTextQuery,
    variables: () => ({ text: text(), conversationId: props.conversationId }),
    pause: () => !text().includes('#{'),
  });
  return (
    <div class="schedule-timer" data-testid="schedule-timer" role="group" aria-label={t('timer.title')}>
      <span class="schedule-timer-label" aria-hidden="true">
        <ClockIcon /> {t('timer.label')}
      </span>
      <DueTimePicker value={props.dueAt} onChange={props.onChange} testId="schedule-time" autofocus />
      <button type="button" class="btn btn-small btn-ghost" data-testid="schedule-clear" onClick={() => props.onClose()}>
        {t('timer.clear')}
      </button>
      <Show when={text().includes('#{') && preview.data?.fillText}>
        {(filled) => (
          <div class="schedule-preview" data-testid="schedule-preview">
            <span class="schedule-preview-label">{t('timer.preview')}</span> {filled().text}
          </div>
        )}
      </Show>
    </div>
  );
};
