import { For, Show } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { audienceMessages } from './audience.messages.ts';

type Label = { id: string; name: string; color: string };

// A label's colour as a soft background with a solid dot: readable whatever colour was picked.
export const LabelChip = (props: { label: Label; kind: 'tag' | 'list'; title: string }) => (
  <span
    class="label-chip"
    classList={{ 'is-list': props.kind === 'list' }}
    style={{ '--label-color': props.label.color }}
    data-testid={props.kind === 'tag' ? 'tag-chip' : 'list-chip'}
    data-label-id={props.label.id}
    title={props.title}
  >
    <span class="label-dot" />
    {props.label.name}
  </span>
);

/** Tags, then lists; past `max` the rest is a "+N" with their names in its tooltip. */
export const LabelChips = (props: { tags: readonly Label[]; lists: readonly Label[]; max?: number }) => {
  const t = useMessages(audienceMessages);
  const all = () => [...props.tags.map((label) => ({ label, kind: 'tag' as const })), ...props.lists.map((label) => ({ label, kind: 'list' as const }))];
  const max = () => props.max ?? 3;
  const rest = () => all().slice(max());
  return (
    <span class="label-chips">
      <For each={all().slice(0, max())}>
        {(entry) => <LabelChip label={entry.label} kind={entry.kind} title={entry.kind === 'list' ? t('listChip', entry.label.name) : entry.label.name} />}
      </For>
      <Show when={rest().length}>
        <span class="label-more" title={rest().map((entry) => entry.label.name).join(', ')}>
          +{rest().length}
        </span>
      </Show>
    </span>
  );
};
