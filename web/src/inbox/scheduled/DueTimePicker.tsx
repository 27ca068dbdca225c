import { Show } from 'solid-js';
import { locale, timeZone } from '../../i18n/locale.ts';
import { useMessages } from '../../i18n/messages.ts';
import { scheduledMessages } from './scheduled.messages.ts';
import { formatInZone, fromWallTime, ownTimeZone, toWallTime } from './zoned-time.ts';
import './scheduled.css';

const zone = () => timeZone() ?? ownTimeZone();

/**
 * A due time: date and time in the project's time zone (named beside it), and the same moment in the operator's
 * own zone when theirs differs. `value` and `onChange` are ISO instants (null while the input is incomplete).
 */
export const DueTimePicker = (props: { value: string | null; onChange: (iso: string | null) => void; testId?: string; autofocus?: boolean }) => {
  const t = useMessages(scheduledMessages);
  const own = () => (props.value && zone() !== ownTimeZone() ? formatInZone(props.value, ownTimeZone(), locale()) : null);
  return (
    <div class="due-time-picker">
      <input
        type="datetime-local"
        class="due-time-input"
        aria-label={t('timer.label')}
        data-testid={props.testId ?? 'due-time'}
        value={props.value ? toWallTime(props.value, zone()) : ''}
        min={toWallTime(new Date().toISOString(), zone())}
        autofocus={props.autofocus}
        onInput={(event) => props.onChange(fromWallTime(event.currentTarget.value, zone()))}
      />
      <span class="due-time-zone">{t('timer.projectZone', { zone: zone() })}</span>
      <Show when={own()}>{(at) => <span class="due-time-own" data-testid="due-time-own">{t('timer.yourTime', { at: at() })}</span>}</Show>
    </div>
  );
};
