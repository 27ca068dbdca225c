import type { ConversationListItemFragment, ConversationOrder, ConversationSection } from '../../generated/graphql.ts';
import type { AppliedFilter } from '../filters/filter-model.ts';

// The sections with a tab of their own (TEAM has one per team); their names are in chat-list.messages.ts.
export const SECTIONS = ['ALL', 'UNREAD', 'MINE', 'UNASSIGNED', 'OTHERS', 'OPEN', 'CLOSED', 'ARCHIVED', 'IMPORTANT'] as const satisfies readonly ConversationSection[];

// `search` set: the server's ranked matches for those words within the section (order does not apply).
// `filter` set: conditions on top of the section, decided by the server (live events refetch the first page).
// `teamId`: the team of the TEAM section (one tab per team).
export type ListView = { section: ConversationSection; order: ConversationOrder; search: string | null; filter: AppliedFilter | null; teamId?: string | null };

// The API's filter for a view.
export const filterOf = (current: ListView) => ({
  section: current.section,
  ...(current.section === 'TEAM' && current.teamId ? { teamId: current.teamId } : {}),
  ...(current.search ? { search: current.search } : {}),
  ...(current.filter ? { conditions: current.filter.conditions, match: current.filter.match } : {}),
});

/**
 * Whether a conversation belongs to a section, the same rule as the server's (conversation.service.ts
 * sectionWhere), so a live event can move a row in or out without a refetch. `undefined` while the
 * viewer is not known yet and the answer depends on it.
 */
export const inSection = (
  conversation: ConversationListItemFragment,
  section: ConversationSection,
  viewerId: string | undefined,
  teamId?: string | null,
): boolean | undefined => {
  if ((section === 'ARCHIVED') !== conversation.archived) return false;
  const assigneeId = conversation.assignee?.id;
  switch (section) {
    case 'UNREAD':
      return conversation.unreadCount > 0;
    case 'OPEN':
    case 'CLOSED':
      return conversation.status === section;
    case 'MINE':
      return viewerId === undefined ? undefined : assigneeId === viewerId;
    case 'UNASSIGNED':
      return !assigneeId && conversation.status === 'OPEN';
    case 'OTHERS':
      return viewerId === undefined ? undefined : !!assigneeId && assigneeId !== viewerId;
    case 'IMPORTANT':
      return conversation.client.openTaskCount > 0;
    case 'TEAM':
      return teamId ? conversation.team?.id === teamId : !!conversation.team;
    default:
      return true;
  }
};
