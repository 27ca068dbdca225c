import type { AudienceClientFragment, ClientFilter, ClientOrder, ClientSection } from '../generated/graphql.ts';
import type { AppliedFilter } from '../inbox/filters/filter-model.ts';

// The tabs and the orders as the page offers them; their names are in audience.messages.ts.
export const SECTIONS: ClientSection[] = ['ACTIVE', 'ARCHIVED', 'BLOCKED', 'DELETED', 'ALL'];

export const ORDERS: ClientOrder[] = ['LAST_ACTIVITY_FIRST', 'NEWEST_FIRST', 'OLDEST_FIRST'];

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
