import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useMessages } from '../i18n/messages.ts';
import { createEditableQuery } from '../shared/editable-query.ts';
import type { Refusal } from '../shared/mutation-outcome.ts';
import { settingsMessages } from './settings.messages.ts';

/**
 * A settings section's data and changes (createEditableQuery) with its failures in the chosen language: the
 * section's own words for its refusals (`refusal`, by code and field), the common ones for refusals any section
 * meets, and the API's English message for anything unforeseen.
 */
export const createSettingsQuery = <Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables | (() => Variables),
  refusal: (error: Refusal) => string | undefined = () => undefined,
) => {
  const t = useMessages(settingsMessages);
  return createEditableQuery(query, variables, {
    unreachable: () => t('errors.unreachable'),
    failed: () => t('errors.failed'),
    loadFailed: () => t('errors.loadFailed'),
    refusal: (error) =>
      refusal(error) ?? (error.code === 'FORBIDDEN' ? t('errors.forbidden') : error.code === 'NOT_FOUND' ? t('errors.notFound') : undefined),
  });
};
