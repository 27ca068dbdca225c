import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import type { SavedFilterRow } from '../conversations/saved-filter.entity.ts';
import { findSavedFilter } from '../conversations/saved-filter.service.ts';
import { select } from '../db/rows.ts';
import type { ClientAudienceInput, ClientFilter } from '../generated/graphql.ts';
import type { UserError } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { clientWhere, countClients } from './client-list.service.ts';

// Whom an action on many clients of the Audience reaches (broadcasts, process starts and schedules): one resolution
// of "the chosen ids, the Audience's filter, or a saved filter" for all of them.

/** An audience as stored until it is resolved: chosen client ids (checked), or an Audience filter. */
export type ClientAudience = { clientIds: string[] } | { filter: Record<string, unknown> };

/** The feature's own refusals for an audience given wrong. */
export type AudienceRefusals = {
  /** Not exactly one of clientIds, filter and savedFilterId. */
  required: (field: string) => UserError;
  /** No or too many client ids, or one that is not a client of the project. */
  count: (field: string, values: { limit: number }) => UserError;
};

export const maxChosenClients = 1000;

/** A saved inbox filter as an Audience filter: its search and conditions over the Active clients. */
export function savedFilterAudience(saved: Pick<SavedFilterRow, 'filter'>): ClientFilter {
  const filter = saved.filter as ClientFilter;
  return { section: 'ACTIVE', search: filter.search ?? null, conditions: filter.conditions ?? null, match: filter.match ?? 'ALL' };
}

/**
 * The audience, checked now so that a bad one fails here rather than when it is resolved: the chosen ids are the
 * project's clients, the saved filter is one the viewer sees, and the filter's SQL runs once.
 */
export async function checkedAudience(em: EntityManager, viewer: Viewer, input: ClientAudienceInput, refuse: AudienceRefusals, field: string | null = 'audience'): Promise<ClientAudience> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const given = [input.clientIds != null, input.filter != null, input.savedFilterId != null].filter(Boolean).length;
  if (given !== 1) throw refuse.required(field ?? 'clientIds');
  if (input.clientIds) {
    if (!input.clientIds.length || input.clientIds.length > maxChosenClients) throw refuse.count(at('clientIds'), { limit: maxChosenClients });
    const ids = [...new Set(input.clientIds.map((id) => idOf('Client', id)))];
    const found = ids.includes(null) ? [] : await select<{ id: string }>(em, 'select id from client where id in (?) and project_id = ?', [ids, viewer.project.id]);
    if (found.length !== ids.length) throw refuse.count(at('clientIds'), { limit: maxChosenClients });
    return { clientIds: ids as string[] };
  }
  const filter = input.savedFilterId ? savedFilterAudience(await findSavedFilter(em, viewer, input.savedFilterId)) : input.filter!;
  await countClients(em, audienceWhere(viewer.project.id, { filter: filter as Record<string, unknown> }));
  return { filter: filter as Record<string, unknown> };
}

/** The SQL condition (client alias `cl`) of the audience's clients in the project, as they are now. */
export function audienceWhere(projectId: string, audience: ClientAudience): { where: string; params: unknown[] } {
  return 'clientIds' in audience
    ? { where: 'cl.id in (?) and cl.project_id = ?', params: [audience.clientIds, projectId] }
    : clientWhere({ project: { id: projectId } }, audience.filter as ClientFilter);
}
