import { createQuery } from '@urql/solid';
import { createEffect, For, Match, on, onMount, Show, Switch } from 'solid-js';
import type { Every, ScheduleTrigger, Segment } from '../../../workflows/src/processes/definition.ts';
import type { ConversationCondition } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { ConditionBuilder, createConditionDraft } from '../inbox/filters/ConditionBuilder.tsx';
import '../inbox/filters/filters.css';
import { SavedFiltersQuery } from '../inbox/filters/saved-filters.query.ts';
import { Field, IdSelect } from './BlockFields.tsx';
import type { EditorOptions } from './editor-options.ts';
import { processesMessages } from './processes.messages.ts';
import { WeekdaysField } from './WeekdaysField.tsx';

type Props = { trigger: ScheduleTrigger; options: EditorOptions; readOnly: boolean; onChange: (trigger: ScheduleTrigger, key?: string) => void };

const freshEvery: Record<Every['kind'], () => Every> = {
  DAYS: () => ({ kind: 'DAYS', days: [1, 2, 3, 4, 5, 6, 7], time: '10:00' }),
  HOURS: () => ({ kind: 'HOURS', hours: 24 }),
};
const freshSegment: Record<Segment['kind'], () => Segment> = {
  CONDITIONS: () => ({ kind: 'CONDITIONS', match: 'ALL', conditions: [] }),
  SAVED_FILTER: () => ({ kind: 'SAVED_FILTER', savedFilterId: '' }),
};

// The inbox filter's condition builder, as the Condition block uses it: a segment speaks the filters' language.
const SegmentConditions = (props: { segment: Extract<Segment, { kind: 'CONDITIONS' }>; options: EditorOptions; readOnly: boolean; onChange: (segment: Segment) => void }) => {
  const t = useMessages(processesMessages);
  const draft = createConditionDraft();
  onMount(() => draft.load({ conditions: props.segment.conditions as ConversationCondition[], match: props.segment.match }));
  createEffect(
    on(() => JSON.stringify(draft.built()), (json) => {
      const next = JSON.parse(json) as ReturnType<typeof draft.built>;
      if (json !== JSON.stringify({ conditions: props.segment.conditions, match: props.segment.match })) props.onChange({ kind: 'CONDITIONS', conditions: next.conditions, match: next.match });
    }, { defer: true }),
  );
  return (
    <fieldset class="process-conditions" disabled={props.readOnly} data-testid="schedule-conditions">
      <ConditionBuilder draft={draft} options={props.options.filter()} />
      <button type="button" class="btn" data-testid="schedule-add-condition" onClick={() => draft.add()}>
        {t('fields.addCondition')}
      </button>
      <Show when={!props.segment.conditions.length}>
        <span class="process-field-hint">{t('triggers.everyone')}</span>
      </Show>
    </fieldset>
  );
};

/** A SCHEDULE trigger: how often (weekdays at a time of the project's time zone, or every N hours) and for whom. */
export const ScheduleTriggerFields = (props: Props) => {
  const t = useMessages(processesMessages);
  const [saved] = createQuery({ query: SavedFiltersQuery });
  const every = () => props.trigger.every;
  const segment = () => props.trigger.segment;
  return (
    <>
      <Field label={t('triggers.every')}>
        <select class="field" data-testid="schedule-every" disabled={props.readOnly} value={every().kind} onChange={(event) => props.onChange({ ...props.trigger, every: freshEvery[event.currentTarget.value as Every['kind']]() })}>
          <For each={['DAYS', 'HOURS'] as const}>{(kind) => <option value={kind}>{t(`triggers.everyKinds.${kind}`)}</option>}</For>
        </select>
      </Field>
      <Switch>
        <Match when={every().kind === 'DAYS' && (every() as Extract<Every, { kind: 'DAYS' }>)}>
          {(days) => (
            <>
              <WeekdaysField days={days().days} readOnly={props.readOnly} testId="schedule-days" onChange={(chosen) => props.onChange({ ...props.trigger, every: { ...days(), days: chosen } })} />
              <Field label={t('triggers.atTime')} hint={t('triggers.timeZoneNote')}>
                <input
                  class="field"
                  type="time"
                  data-testid="schedule-time"
                  readOnly={props.readOnly}
                  value={days().time}
                  onChange={(event) => event.currentTarget.value && props.onChange({ ...props.trigger, every: { ...days(), time: event.currentTarget.value.slice(0, 5) } })}
                />
              </Field>
            </>
          )}
        </Match>
        <Match when={every().kind === 'HOURS' && (every() as Extract<Every, { kind: 'HOURS' }>)}>
          {(hours) => (
            <Field label={t('triggers.hours')}>
              <input
                class="field"
                type="number"
                min="1"
                max="168"
                data-testid="schedule-hours"
                readOnly={props.readOnly}
                value={hours().hours}
                onInput={(event) => {
                  const value = Math.round(Number(event.currentTarget.value));
                  if (value >= 1 && value <= 168) props.onChange({ ...props.trigger, every: { kind: 'HOURS', hours: value } }, 'schedule-hours');
                }}
              />
            </Field>
          )}
        </Match>
      </Switch>
      <Field label={t('triggers.segment')}>
        <select class="field" data-testid="schedule-segment" disabled={props.readOnly} value={segment().kind} onChange={(event) => props.onChange({ ...props.trigger, segment: freshSegment[event.currentTarget.value as Segment['kind']]() })}>
          <For each={['CONDITIONS', 'SAVED_FILTER'] as const}>{(kind) => <option value={kind}>{t(`triggers.segmentKinds.${kind}`)}</option>}</For>
        </select>
      </Field>
      <Switch>
        <Match when={segment().kind === 'SAVED_FILTER' && (segment() as Extract<Segment, { kind: 'SAVED_FILTER' }>)}>
          {(filter) => (
            <Field label={t('triggers.savedFilter')}>
              <IdSelect
                value={filter().savedFilterId || null}
                items={saved.data?.savedFilters ?? []}
                empty={t('fields.choose')}
                testId="schedule-saved-filter"
                disabled={props.readOnly}
                onChange={(savedFilterId) => props.onChange({ ...props.trigger, segment: { kind: 'SAVED_FILTER', savedFilterId: savedFilterId ?? '' } })}
              />
            </Field>
          )}
        </Match>
        <Match when={segment().kind === 'CONDITIONS' && (segment() as Extract<Segment, { kind: 'CONDITIONS' }>)}>
          {(conditions) => <SegmentConditions segment={conditions()} options={props.options} readOnly={props.readOnly} onChange={(next) => props.onChange({ ...props.trigger, segment: next }, 'schedule-conditions')} />}
        </Match>
      </Switch>
    </>
  );
};
