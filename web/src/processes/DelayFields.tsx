import { For, Match, Switch } from 'solid-js';
import type { Wait } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { Field, type FieldsProps } from './BlockFields.tsx';
import { processesMessages } from './processes.messages.ts';
import { WeekdaysField } from './WeekdaysField.tsx';

const pad = (value: number) => String(value).padStart(2, '0');
// A `datetime-local` value in the browser's time, and back to an instant.
const localInput = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

const fresh: Record<Wait['kind'], () => Wait> = {
  DURATION: () => ({ kind: 'DURATION', seconds: 3600 }),
  UNTIL: () => ({ kind: 'UNTIL', at: new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 86_400_000).toISOString() }),
  WEEKDAY: () => ({ kind: 'WEEKDAY', days: [1, 2, 3, 4, 5], time: '10:00' }),
};

export const DelayFields = (props: FieldsProps<'DELAY'>) => {
  const t = useMessages(processesMessages);
  const wait = () => props.block.wait;
  return (
    <>
      <Field label={t('fields.waitKind')}>
        <select class="field" data-testid="block-wait-kind" disabled={props.readOnly} value={wait().kind} onChange={(event) => props.onChange({ wait: fresh[event.currentTarget.value as Wait['kind']]() })}>
          <For each={['DURATION', 'UNTIL', 'WEEKDAY'] as const}>{(kind) => <option value={kind}>{t(`fields.waitKinds.${kind}`)}</option>}</For>
        </select>
      </Field>
      <Switch>
        <Match when={wait().kind === 'DURATION' && (wait() as Extract<Wait, { kind: 'DURATION' }>)}>
          {(duration) => (
            <Field label={t('fields.minutes')}>
              <input
                class="field"
                type="number"
                min="1"
                data-testid="block-wait-minutes"
                readOnly={props.readOnly}
                value={Math.round(duration().seconds / 60)}
                onInput={(event) => {
                  const minutes = Number(event.currentTarget.value);
                  if (minutes > 0) props.onChange({ wait: { kind: 'DURATION', seconds: Math.round(minutes * 60) } }, 'wait');
                }}
              />
            </Field>
          )}
        </Match>
        <Match when={wait().kind === 'UNTIL' && (wait() as Extract<Wait, { kind: 'UNTIL' }>)}>
          {(until) => (
            <Field label={t('fields.until')}>
              <input
                class="field"
                type="datetime-local"
                data-testid="block-wait-until"
                readOnly={props.readOnly}
                value={localInput(until().at)}
                onChange={(event) => {
                  const date = new Date(event.currentTarget.value);
                  if (!Number.isNaN(date.getTime())) props.onChange({ wait: { kind: 'UNTIL', at: date.toISOString() } });
                }}
              />
            </Field>
          )}
        </Match>
        <Match when={wait().kind === 'WEEKDAY' && (wait() as Extract<Wait, { kind: 'WEEKDAY' }>)}>
          {(weekday) => (
            <>
              <WeekdaysField days={weekday().days} readOnly={props.readOnly} onChange={(days) => props.onChange({ wait: { ...weekday(), days } })} />
              <Field label={t('fields.time')}>
                <input
                  class="field"
                  type="time"
                  readOnly={props.readOnly}
                  value={weekday().time}
                  onChange={(event) => event.currentTarget.value && props.onChange({ wait: { ...weekday(), time: event.currentTarget.value.slice(0, 5) } })}
                />
              </Field>
            </>
          )}
        </Match>
      </Switch>
    </>
  );
};
