import { For } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { bulkMessages } from './bulk.messages.ts';

type Operator = { id: string; name: string };

/** Sets (or clears) the owner of the chosen clients. */
export const OwnerPicker = (props: { operators: readonly Operator[]; busy: boolean; onPick: (ownerId: string | null) => void }) => {
  const t = useMessages(bulkMessages);
  return (
    <ul class="picker-options">
      <For each={props.operators}>
        {(operator) => (
          <li>
            <button type="button" class="picker-option" data-testid="owner-option" disabled={props.busy} onClick={() => props.onPick(operator.id)}>
              <Avatar name={operator.name} size={20} />
              {operator.name}
            </button>
          </li>
        )}
      </For>
      <li>
        <button type="button" class="picker-option is-muted" data-testid="owner-option-none" disabled={props.busy} onClick={() => props.onPick(null)}>
          {t('owner.nobody')}
        </button>
      </li>
    </ul>
  );
};
