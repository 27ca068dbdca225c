import type { AudienceClientFragment, ClientFilter, ClientOrder, ClientSection } from '../generated/graphql.ts';
import type { AppliedFilter } from '../inbox/filters/filter-model.ts';

export const SECTIONS: { section: ClientSection; label: string }[] = [
  { section: 'ACTIVE', label: 'Active' },
  { section: 'ARCHIVED', label: 'Archived' },
  { section: 'BLOCKED', label: 'Blocked' },
  { section: 'DELETED', label: 'Deleted' },
  { section: 'ALL', label: 'All' },
];

export const ORDERS: { order: ClientOrder; label: string }[] = [
  { order: 'LAST_ACTIVITY_FIRST', label: 'Recent activity' },
  { order: 'NEWEST_FIRST', label: 'Newest clients' },
  { order: 'OLDEST_FIRST', label: 'Oldest clients' },
];

export type AudienceView = { section: ClientSection; order: ClientOrder; search: string | null; filter: AppliedFilter | null };

/** The API's filter for a view (in another section for the tabs' counts). */
export const filterOf = (view: AudienceView, section: ClientSection = view.section): ClientFilter => ({
  section,
  ...(view.search ? { search: view.search } : {}),
  ...(view.filter ? { conditions: view.filter.conditions, match: view.filter.match } : {}),
});

/** Whether a client belongs to a section, as the server decides (client-list.service.ts). */
export const inSection = (client: AudienceClientFragment, section: ClientSection): boolean => {
  const deleted = !!client.deletedAt;
  switch (section) {
    case 'ACTIVE':
      return !deleted && !client.archived;
    case 'ARCHIVED':
      return !deleted && client.archived;
    case 'BLOCKED':
      return !deleted && client.blocked;
    case 'DELETED':
      return deleted;
    case 'ALL':
      return !deleted;
  }
};
