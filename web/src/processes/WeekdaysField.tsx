import { For } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { processesMessages } from './processes.messages.ts';

type Day = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Weekdays to check (1 Monday … 7 Sunday), at least one: a weekday delay's and a schedule trigger's. */
export const WeekdaysField = (props: { days: readonly number[]; readOnly: boolean; testId?: string; onChange: (days: Day[]) => void }) => {
  const t = useMessages(processesMessages);
  return (
    <fieldset class="process-weekdays" disabled={props.readOnly} data-testid={props.testId}>
      <legend>{t('fields.weekdays')}</legend>
      <For each={[1, 2, 3, 4, 5, 6, 7] as const}>
        {(day) => (
          <label>
            <input
              type="checkbox"
              checked={props.days.includes(day)}
              onChange={(event) => {
                const days = (event.currentTarget.checked ? [...props.days, day].sort() : props.days.filter((other) => other !== day)) as Day[];
                if (days.length) props.onChange(days);
                else event.currentTarget.checked = true;
              }}
            />
            {t(`fields.days.${day}`)}
          </label>
        )}
      </For>
    </fieldset>
  );
};
