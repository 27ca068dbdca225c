import { createQuery } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { conversationActionMessages } from './conversation-actions.messages.ts';
import { OperatorsQuery } from './operators.query.ts';
import { dismissOnOutside } from '../../ui/dismiss.ts';
import { TeamOptions } from '../teams/TeamOptions.tsx';
import { requestErrorText } from '../../shared/refusal-text.ts';

type Props = {
  assigneeId: string | undefined;
  busy: boolean;
  onPick: (operatorId: string | null, comment: string) => void;
  // The conversation's team, and the transfer to a team.
  teamId?: string;
  onPickTeam?: (teamId: string, comment: string) => void;
  onClose: () => void;
};

// The assign/transfer popover: the project's operators, "Unassign", and an optional comment for the timeline.
export const AssignMenu = (props: Props) => {
  const t = useMessages(conversationActionMessages);
  const [operators] = createQuery({ query: OperatorsQuery });
  const [comment, setComment] = createSignal('');
  let root!: HTMLDivElement;

  // The toggle button closes it itself; any other press outside does too.
  dismissOnOutside(() => root, props.onClose, (target) => target instanceof Element && !!target.closest('[data-testid="action-assign"]'));

  return (
    <div class="assign-menu" ref={root} role="dialog" aria-label={t('menu')} data-testid="assign-menu">
      <input
        class="field assign-comment"
        data-testid="assign-comment"
        placeholder={t('comment')}
        aria-label={t('commentLabel')}
        maxLength={1000}
        value={comment()}
        onInput={(event) => setComment(event.currentTarget.value)}
      />
      <Show when={!operators.error} fallback={<div class="error-text assign-menu-note">{operators.error && requestErrorText(operators.error)}</div>}>
        <Show when={operators.data} fallback={<div class="assign-menu-note"><span class="spinner" /></div>}>
          {(data) => (
            <ul class="assign-options" role="menu">
              <For each={data().operators}>
                {(operator) => (
                  <li role="none">
                    <button
                      type="button"
                      role="menuitem"
                      class="assign-option"
                      classList={{ 'is-current': operator.id === props.assigneeId }}
                      data-testid="assign-option"
                      data-operator-id={operator.id}
                      disabled={props.busy || operator.id === props.assigneeId}
                      onClick={() => props.onPick(operator.id, comment())}
                    >
                      <Avatar name={operator.name} url={operator.avatarUrl} size={22} />
                      <span>{operator.name}</span>
                      <Show when={operator.id === props.assigneeId}>
                        <span class="assign-option-note">{t('assigned')}</span>
                      </Show>
                    </button>
                  </li>
                )}
              </For>
              <Show when={props.assigneeId}>
                <li role="none">
                  <button
                    type="button"
                    role="menuitem"
                    class="assign-option is-unassign"
                    data-testid="assign-option"
                    data-operator-id=""
                    disabled={props.busy}
                    onClick={() => props.onPick(null, comment())}
                  >
                    {t('unassign')}
                  </button>
                </li>
              </Show>
              <Show when={props.onPickTeam}>
                {(onPickTeam) => <TeamOptions teamId={props.teamId} busy={props.busy} onPick={(teamId) => onPickTeam()(teamId, comment())} />}
              </Show>
            </ul>
          )}
        </Show>
      </Show>
    </div>
  );
};
