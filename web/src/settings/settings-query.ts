import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useMessages } from '../i18n/messages.ts';
import { createEditableQuery } from '../shared/editable-query.ts';
import { settingsMessages } from './settings.messages.ts';

/**
 * A settings section's data and changes (createEditableQuery) with its failures in the chosen language: refusals
 * by their reason (shared/errors.messages.ts), and the section's words when a load or a change fails otherwise.
 */
export const createSettingsQuery = <Data, Variables extends AnyVariables>(query: TypedDocumentNode<Data, Variables>, variables: Variables | (() => Variables)) => {
  const t = useMessages(settingsMessages);
  return createEditableQuery(query, variables, { failed: () => t('errors.failed'), loadFailed: () => t('errors.loadFailed') });
};
