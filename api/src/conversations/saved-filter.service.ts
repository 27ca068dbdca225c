import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import type { ConversationFilter } from '../generated/graphql.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { conversationErrors } from './conversation.errors.ts';
import { listConversations } from './conversation.service.ts';
import type { SavedFilterRow } from './saved-filter.entity.ts';
import { requireRoom } from '../limits/list-caps.ts';
import { may } from '../auth/permissions.ts';


function operatorOf(viewer: Viewer) {
  if (!viewer.operator) throw conversationErrors.SAVED_FILTER_OPERATOR_ONLY();
  return viewer.operator;
}

/** Checks a filter the way the chat list would run it; a bad one is a user error, not a stored surprise. */
async function validFilter(em: EntityManager, viewer: Viewer, filter: ConversationFilter) {
  try {
    await listConversations(em, viewer, { first: 1, filter });
  } catch (error) {
    throw conversationErrors.SAVED_FILTER_INVALID('filter', { problem: (error as Error).message });
  }
  return filter;
}

/** A filter the viewer can see: their own, or a shared one of their project. */
async function visible(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('SavedFilter', globalId);
  const found =
    id &&
    (await selectOne<SavedFilterRow>(em, 'select * from saved_filter where id = ? and project_id = ? and (shared or owner_id = ?)', [id, viewer.project.id, operatorOf(viewer).id]));
  if (!found) throw conversationErrors.SAVED_FILTER_NOT_FOUND('savedFilterId');
  return found;
}

export const mayChangeFilter = (viewer: Viewer, filter: SavedFilterRow) =>
  filter.ownerId === viewer.operator?.id || (filter.shared && may(viewer, 'manageSharedFilters'));

function mayChange(viewer: Viewer, filter: SavedFilterRow) {
  operatorOf(viewer);
  if (!mayChangeFilter(viewer, filter)) {
    throw conversationErrors.SAVED_FILTER_CHANGE_FORBIDDEN();
  }
}

export function listSavedFilters(em: EntityManager, viewer: Viewer) {
  return select<SavedFilterRow>(em, 'select * from saved_filter where project_id = ? and (shared or owner_id = ?) order by name', [viewer.project.id, operatorOf(viewer).id]);
}

const roomForFilter = (em: EntityManager, viewer: Viewer) =>
  requireRoom(em, 'Query.savedFilters', ['select count(*)::int as n from saved_filter where project_id = ?', [viewer.project.id]], conversationErrors.SAVED_FILTER_LIMIT, 'name');

export async function saveFilter(em: EntityManager, viewer: Viewer, input: { savedFilterId?: string | null; name: string; shared?: boolean | null; filter: ConversationFilter }) {
  const me = operatorOf(viewer);
  const name = boundedText(input.name, 'name', conversationErrors.SAVED_FILTER_NAME_LENGTH);
  const filter = await validFilter(em, viewer, input.filter);
  if (!input.savedFilterId) {
    await roomForFilter(em, viewer);
    return (await selectOne<SavedFilterRow>(em, 'insert into saved_filter (id, project_id, owner_id, name, shared, filter, created_at) values (?, ?, ?, ?, ?, ?, ?) returning *', [
      newId(),
      viewer.project.id,
      me.id,
      name,
      input.shared ?? false,
      JSON.stringify(filter),
      new Date(),
    ]))!;
  }
  const existing = await visible(em, viewer, input.savedFilterId);
  mayChange(viewer, existing);
  return (await selectOne<SavedFilterRow>(em, 'update saved_filter set name = ?, shared = ?, filter = ? where id = ? returning *', [name, input.shared ?? existing.shared, JSON.stringify(filter), existing.id]))!;
}

export async function duplicateFilter(em: EntityManager, viewer: Viewer, globalId: string, name?: string | null) {
  const original = await visible(em, viewer, globalId);
  await roomForFilter(em, viewer);
  return (await selectOne<SavedFilterRow>(em, 'insert into saved_filter (id, project_id, owner_id, name, shared, filter, created_at) values (?, ?, ?, ?, false, ?, ?) returning *', [
    newId(),
    viewer.project.id,
    operatorOf(viewer).id,
    name ? boundedText(name, 'name', conversationErrors.SAVED_FILTER_NAME_LENGTH) : `${original.name} (copy)`.slice(0, 100),
    JSON.stringify(original.filter),
    new Date(),
  ]))!;
}

export async function deleteFilter(em: EntityManager, viewer: Viewer, globalId: string) {
  const existing = await visible(em, viewer, globalId);
  mayChange(viewer, existing);
  await em.execute('delete from saved_filter where id = ?', [existing.id]);
  return globalId;
}

/** A saved filter the viewer can see (their own, or a shared one), for other features to apply (broadcasts). */
export const findSavedFilter = visible;
