import { createSignal, For, Show } from 'solid-js';
import type { LabelKind } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { bulkMessages } from './bulk.messages.ts';

type Label = { id: string; name: string; color: string };

type Props = {
  kind: LabelKind;
  labels: readonly Label[];
  busy: boolean;
  onPick: (add: boolean, label: Label) => void;
  onCreate: (name: string) => Promise<Label | null>;
};

/** Adds or removes one tag (or list) on the chosen clients; a name not found can be created and added at once. */
export const LabelPicker = (props: Props) => {
  const [add, setAdd] = createSignal(true);
  const [text, setText] = createSignal('');
  const t = useMessages(bulkMessages);
  const matching = () => {
    const words = text().trim().toLowerCase();
    return words ? props.labels.filter((label) => label.name.toLowerCase().includes(words)) : props.labels;
  };
  const exact = () => props.labels.some((label) => label.name.toLowerCase() === text().trim().toLowerCase());

  const create = async () => {
    const label = await props.onCreate(text().trim());
    if (label) props.onPick(true, label);
  };

  return (
    <div class="label-picker">
      <div class="segmented" role="group" aria-label={t('picker.mode')}>
        <button type="button" classList={{ 'is-active': add() }} data-testid="label-mode-add" onClick={() => setAdd(true)}>
          {t('picker.add')}
        </button>
        <button type="button" classList={{ 'is-active': !add() }} data-testid="label-mode-remove" onClick={() => setAdd(false)}>
          {t('picker.remove')}
        </button>
      </div>
      <input
        class="field filter-small"
        data-testid="label-search"
        placeholder={add() ? t(`picker.${props.kind}.findOrCreate`) : t(`picker.${props.kind}.find`)}
        value={text()}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          const first = matching()[0];
          if (first) props.onPick(add(), first);
          else if (add() && text().trim()) void create();
        }}
      />
      <ul class="picker-options">
        <For each={matching()} fallback={<li class="picker-empty">{props.labels.length ? t(`picker.${props.kind}.noMatch`) : t(`picker.${props.kind}.none`)}</li>}>
          {(label) => (
            <li>
              <button type="button" class="picker-option" data-testid="label-option" data-label-id={label.id} disabled={props.busy} onClick={() => props.onPick(add(), label)}>
                <span class="label-dot" style={{ background: label.color }} />
                {label.name}
              </button>
            </li>
          )}
        </For>
        <Show when={add() && text().trim() && !exact()}>
          <li>
            <button type="button" class="picker-option is-create" data-testid="label-create" disabled={props.busy} onClick={() => void create()}>
              {t(`picker.${props.kind}.create`, text().trim())}
            </button>
          </li>
        </Show>
      </ul>
    </div>
  );
};
