import { For, Match, Show, Switch } from 'solid-js';
import type { Definition, Trigger } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { Field, IdSelect } from './BlockFields.tsx';
import { stagesOf, type EditorOptions } from './editor-options.ts';
import { processesMessages } from './processes.messages.ts';
import { ScheduleTriggerFields } from './ScheduleTriggerFields.tsx';

const fresh: Record<Trigger['type'], () => Trigger> = {
  FIRST_MESSAGE: () => ({ type: 'FIRST_MESSAGE', channelId: null }),
  KEYWORD: () => ({ type: 'KEYWORD', keywords: [], pattern: null }),
  TAG_ADDED: () => ({ type: 'TAG_ADDED', labelId: '' }),
  DEAL_STAGE: () => ({ type: 'DEAL_STAGE', stageId: '' }),
  // Its id names its Temporal Schedule: kept while the trigger is edited, new for a new trigger.
  SCHEDULE: () => ({
    type: 'SCHEDULE',
    id: `schedule-${Math.random().toString(36).slice(2, 10)}`,
    every: { kind: 'DAYS', days: [1, 2, 3, 4, 5, 6, 7], time: '10:00' },
    segment: { kind: 'CONDITIONS', match: 'ALL', conditions: [] },
  }),
};
const triggerTypes = Object.keys(fresh) as Trigger['type'][];

type Props = { definition: Definition; options: EditorOptions; readOnly: boolean; onChange: (patch: Partial<Definition>, key?: string) => void };

/** What starts a run of the process, and whether a client may be in it twice at once. */
export const TriggersPanel = (props: Props) => {
  const t = useMessages(processesMessages);
  const triggers = () => props.definition.triggers;
  const change = (index: number, trigger: Trigger, key?: string) => props.onChange({ triggers: triggers().map((old, at) => (at === index ? trigger : old)) }, key);
  return (
    <div class="process-panel-body" data-testid="triggers-panel">
      <div class="process-panel-title">{t('triggers.heading')}</div>
      <Show when={triggers().length} fallback={<p class="process-field-hint">{t('triggers.none')}</p>}>
        <ol class="process-triggers">
          <For each={triggers()}>
            {(trigger, index) => (
              <li class="process-trigger" data-testid="trigger">
                <div class="process-field-row">
                  <select class="field" disabled={props.readOnly} value={trigger.type} data-testid="trigger-type" onChange={(event) => change(index(), fresh[event.currentTarget.value as Trigger['type']]())}>
                    <For each={triggerTypes}>{(type) => <option value={type}>{t(`triggers.types.${type}`)}</option>}</For>
                  </select>
                  <button type="button" class="btn btn-small" disabled={props.readOnly} onClick={() => props.onChange({ triggers: triggers().filter((_, at) => at !== index()) })}>
                    {t('triggers.remove')}
                  </button>
                </div>
                <Switch>
                  <Match when={trigger.type === 'FIRST_MESSAGE' && trigger}>
                    {(first) => (
                      <Field label={t('triggers.channel')}>
                        <IdSelect value={first().channelId} items={props.options.filter()?.me.project.channels ?? []} empty={t('triggers.anyChannel')} disabled={props.readOnly} onChange={(channelId) => change(index(), { ...first(), channelId })} />
                      </Field>
                    )}
                  </Match>
                  <Match when={trigger.type === 'KEYWORD' && trigger}>
                    {(keyword) => (
                      <>
                        <Field label={t('triggers.keywords')}>
                          <input
                            class="field"
                            data-testid="trigger-keywords"
                            readOnly={props.readOnly}
                            value={keyword().keywords.join(', ')}
                            onChange={(event) => change(index(), { ...keyword(), keywords: event.currentTarget.value.split(',').map((word) => word.trim()).filter(Boolean) })}
                          />
                        </Field>
                        <Field label={t('triggers.pattern')}>
                          <input class="field mono" readOnly={props.readOnly} value={keyword().pattern ?? ''} onInput={(event) => change(index(), { ...keyword(), pattern: event.currentTarget.value || null }, `pattern-${index()}`)} />
                        </Field>
                      </>
                    )}
                  </Match>
                  <Match when={trigger.type === 'TAG_ADDED' && trigger}>
                    {(tag) => (
                      <Field label={t('triggers.tag')}>
                        <IdSelect value={tag().labelId || null} items={props.options.filter()?.tags ?? []} empty={t('fields.choose')} disabled={props.readOnly} onChange={(labelId) => change(index(), { ...tag(), labelId: labelId ?? '' })} />
                      </Field>
                    )}
                  </Match>
                  <Match when={trigger.type === 'DEAL_STAGE' && trigger}>
                    {(stage) => (
                      <Field label={t('triggers.stage')}>
                        <IdSelect value={stage().stageId || null} items={stagesOf(props.options)} empty={t('fields.choose')} disabled={props.readOnly} onChange={(stageId) => change(index(), { ...stage(), stageId: stageId ?? '' })} />
                      </Field>
                    )}
                  </Match>
                  <Match when={trigger.type === 'SCHEDULE' && trigger}>
                    {(schedule) => <ScheduleTriggerFields trigger={schedule()} options={props.options} readOnly={props.readOnly} onChange={(next, key) => change(index(), next, key && `${key}-${index()}`)} />}
                  </Match>
                </Switch>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={!props.readOnly}>
        <button type="button" class="btn" data-testid="trigger-add" onClick={() => props.onChange({ triggers: [...triggers(), fresh.FIRST_MESSAGE()] })}>
          {t('triggers.add')}
        </button>
      </Show>
      <label class="process-check">
        <input type="checkbox" data-testid="allow-repeat" disabled={props.readOnly} checked={props.definition.allowRepeat} onChange={(event) => props.onChange({ allowRepeat: event.currentTarget.checked })} />
        {t('triggers.allowRepeat')}
      </label>
    </div>
  );
};
