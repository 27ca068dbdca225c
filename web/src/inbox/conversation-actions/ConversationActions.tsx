import { createQuery } from '@urql/solid';
import { createEffect, createSignal, on, Show } from 'solid-js';
import type { ConversationListItemFragment } from '../../generated/graphql.ts';
import { AssignMenu } from './AssignMenu.tsx';
import type { ConversationActions as Actions } from './conversation-actions.ts';
import { ConversationPermissionsQuery } from './conversation-permissions.query.ts';
import { conversationActionMessages } from './conversation-actions.messages.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';

type Props = {
  conversation: ConversationListItemFragment;
  actions: Actions;
};

const ReadIcon = () => (
  <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">
    <path d="m1.5 8.5 3 3 6-7M7.5 11.5l6-7" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

// The chat window header's buttons; each shows the action that applies to the conversation's current state.
export const ConversationActions = (props: Props) => {
  const t = useMessages(conversationActionMessages);
  const common = useMessages(commonMessages);
  const [menuOpen, setMenuOpen] = createSignal(false);
  const c = () => props.conversation;
  const busy = () => props.actions.busy() !== null;
  const assigneeId = () => c().assignee?.id;
  // Hidden until the server has said; asked again whenever the conversation changed (its revision grew).
  const [permissions, refetch] = createQuery({ query: ConversationPermissionsQuery, variables: () => ({ id: c().id }) });
  createEffect(on(() => c().revision, () => refetch({ requestPolicy: 'network-only' }), { defer: true }));
  const can = (action: 'viewerCanTake' | 'viewerCanAssign') => !!permissions.data?.conversation?.[action];

  const pick = async (operatorId: string | null, comment: string) => {
    if (await props.actions.assign(operatorId, comment)) setMenuOpen(false);
  };
  const pickTeam = async (teamId: string, comment: string) => {
    if (await props.actions.transferToTeam(teamId, comment)) setMenuOpen(false);
  };

  return (
    <div class="conversation-actions" role="toolbar" aria-label={t('toolbar')}>
      <Show
        when={c().unreadCount > 0}
        fallback={
          <button class="btn btn-small" data-testid="mark-unread" disabled={busy()} onClick={() => void props.actions.markUnread()}>
            {t('markUnread')}
          </button>
        }
      >
        <button
          class="btn btn-small mark-read"
          data-testid="mark-read"
          disabled={busy()}
          title={t('markReadTitle')}
          onClick={() => void props.actions.markRead()}
        >
          <ReadIcon />
          {t('markRead')}
          <span class="mark-read-count">{c().unreadCount}</span>
        </button>
      </Show>
      <button
        class="btn btn-small"
        data-testid="action-pin"
        aria-pressed={c().pinned}
        disabled={busy()}
        onClick={() => void props.actions.pin(!c().pinned)}
      >
        {c().pinned ? common('unpin') : common('pin')}
      </button>
      <Show
        when={c().status === 'OPEN'}
        fallback={
          <button class="btn btn-small" data-testid="action-reopen" disabled={busy()} onClick={() => void props.actions.reopen()}>
            {t('reopen')}
          </button>
        }
      >
        <button class="btn btn-small" data-testid="action-close" disabled={busy()} onClick={() => void props.actions.close()}>
          {t('close')}
        </button>
      </Show>
      <button
        class="btn btn-small"
        data-testid="action-archive"
        aria-pressed={c().archived}
        disabled={busy()}
        onClick={() => void props.actions.archive(!c().archived)}
      >
        {c().archived ? t('unarchive') : t('archive')}
      </button>
      <Show when={can('viewerCanTake')}>
        <button class="btn btn-small" data-testid="action-take" disabled={busy()} onClick={() => void props.actions.take()}>
          {t('take')}
        </button>
      </Show>
      <Show when={can('viewerCanAssign')}>
        <span class="assign-anchor">
          <button
            class="btn btn-small"
            data-testid="action-assign"
            aria-haspopup="dialog"
            aria-expanded={menuOpen()}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {assigneeId() ? t('transfer') : t('assign')}
          </button>
          <Show when={menuOpen()}>
            <AssignMenu
              assigneeId={assigneeId()}
              busy={busy()}
              onPick={(id, comment) => void pick(id, comment)}
              teamId={c().team?.id}
              onPickTeam={(id, comment) => void pickTeam(id, comment)}
              onClose={() => setMenuOpen(false)}
            />
          </Show>
        </span>
      </Show>
    </div>
  );
};
