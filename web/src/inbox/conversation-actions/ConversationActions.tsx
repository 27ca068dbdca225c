import { createQuery } from '@urql/solid';
import { createEffect, createSignal, on, Show } from 'solid-js';
import type { ConversationListItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { FoldingToolbar, type ToolbarItem } from '../../ui/FoldingToolbar.tsx';
import { AssignMenu } from './AssignMenu.tsx';
import type { ConversationActions as Actions } from './conversation-actions.ts';
import { conversationActionMessages } from './conversation-actions.messages.ts';
import { ConversationPermissionsQuery } from './conversation-permissions.query.ts';

type Props = {
  conversation: ConversationListItemFragment;
  actions: Actions;
  /** The client's name and status beside the toolbar: they keep their room, the actions fold into More. */
  title: () => HTMLElement | undefined;
  /** The chat window's own toggles (search, system events), folded with the rest. */
  extra: ToolbarItem[];
};

const ReadIcon = () => (
  <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">
    <path d="m1.5 8.5 3 3 6-7M7.5 11.5l6-7" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

// The chat window header's actions; each shows the one that applies to the conversation's current state. Marking
// read and closing stay out longest; the rest fold into More when the header is short of room.
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

  const items = (): ToolbarItem[] => {
    const unread = c().unreadCount > 0;
    const open = c().status === 'OPEN';
    const list: ToolbarItem[] = [
      ...props.extra,
      unread
        ? { key: 'read', testId: 'mark-read', priority: 0, label: t('markRead'), title: t('markReadTitle'), lead: ReadIcon, badge: c().unreadCount, class: 'mark-read', disabled: busy(), run: () => void props.actions.markRead() }
        : { key: 'read', testId: 'mark-unread', priority: 6, label: t('markUnread'), disabled: busy(), run: () => void props.actions.markUnread() },
      { key: 'pin', testId: 'action-pin', priority: 5, label: c().pinned ? common('unpin') : common('pin'), pressed: c().pinned, disabled: busy(), run: () => void props.actions.pin(!c().pinned) },
      open
        ? { key: 'status', testId: 'action-close', priority: 1, label: t('close'), disabled: busy(), run: () => void props.actions.close() }
        : { key: 'status', testId: 'action-reopen', priority: 1, label: t('reopen'), disabled: busy(), run: () => void props.actions.reopen() },
      { key: 'archive', testId: 'action-archive', priority: 7, label: c().archived ? t('unarchive') : t('archive'), pressed: c().archived, disabled: busy(), run: () => void props.actions.archive(!c().archived) },
    ];
    if (can('viewerCanTake')) list.push({ key: 'take', testId: 'action-take', priority: 2, label: t('take'), disabled: busy(), run: () => void props.actions.take() });
    if (can('viewerCanAssign')) {
      list.push({
        key: 'assign',
        testId: 'action-assign',
        priority: 3,
        label: assigneeId() ? t('transfer') : t('assign'),
        popup: { expanded: menuOpen() },
        run: () => setMenuOpen((was) => !was),
      });
    }
    return list;
  };

  return (
    <FoldingToolbar items={items()} label={t('toolbar')} moreLabel={t('more')} moreTestId="conversation-more" title={props.title} minTitle={260} class="conversation-actions">
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
    </FoldingToolbar>
  );
};
