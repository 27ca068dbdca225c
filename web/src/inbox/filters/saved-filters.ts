import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { createQuery, useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import type { ConversationSection, SavedFilterFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { DeleteFilterMutation } from './delete-filter.mutation.ts';
import { DuplicateFilterMutation } from './duplicate-filter.mutation.ts';
import type { AppliedFilter } from './filter-model.ts';
import { filtersMessages } from './filters.messages.ts';
import { SaveFilterMutation } from './save-filter.mutation.ts';
import { SavedFiltersQuery } from './saved-filters.query.ts';

type Payload = { userErrors: { message: string }[] } | undefined;

/** The saved filters (own and shared) and the mutations on them; the last failure in `error`. */
export const createSavedFilters = () => {
  const client = useClient();
  const t = useMessages(filtersMessages);
  const [query, refetch] = createQuery({ query: SavedFiltersQuery });
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const perform = async <Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => Payload,
  ): Promise<Data | null> => {
    setBusy(true);
    setError(null);
    const result = await client.mutation(document, variables).toPromise();
    setBusy(false);
    const { payload, error } = mutationOutcome(result, payloadOf, t('saved.failed'));
    setError(error);
    if (!payload) return null;
    refetch({ requestPolicy: 'network-only' });
    return result.data ?? null;
  };

  return {
    list: (): readonly SavedFilterFragment[] => query.data?.savedFilters ?? [],
    error,
    dismissError: () => setError(null),
    busy,
    byId: (id: string) => query.data?.savedFilters.find((saved) => saved.id === id),
    save: async (
      values: { id?: string | undefined; name: string; shared: boolean },
      section: ConversationSection,
      filter: AppliedFilter | null,
    ) => {
      const input = {
        ...(values.id ? { savedFilterId: values.id } : {}),
        name: values.name,
        shared: values.shared,
        filter: { section, match: filter?.match ?? 'ALL', conditions: filter?.conditions ?? [] },
      };
      const data = await perform(SaveFilterMutation, { input }, (d) => d.saveFilter);
      return data?.saveFilter.savedFilter ?? null;
    },
    duplicate: async (id: string, name: string) => {
      const data = await perform(DuplicateFilterMutation, { input: { savedFilterId: id, name } }, (d) => d.duplicateFilter);
      return data?.duplicateFilter.savedFilter ?? null;
    },
    remove: async (id: string) => !!(await perform(DeleteFilterMutation, { input: { savedFilterId: id } }, (d) => d.deleteFilter)),
  };
};

export type SavedFilters = ReturnType<typeof createSavedFilters>;
