import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { authErrors } from './auth.errors.ts';
import { announceRevoked } from './auth.service.ts';
import { AuthToken, type ApiTokenRow } from './auth-token.entity.ts';
import { newToken, tokenHash } from './tokens.ts';
import { requireRoom } from '../limits/list-caps.ts';

export async function listApiTokens(em: EntityManager, viewer: Viewer) {
  return select<ApiTokenRow>(em, `select id, project_id, name, created_at from auth_token where project_id = ? and kind = 'API' order by created_at`, [viewer.project.id]);
}

/** A project API token for third-party developers; its secret is returned once and stored as a digest. */
export async function createApiToken(em: EntityManager, projectId: string, name: string) {
  const trimmed = boundedText(name, 'name', authErrors.API_TOKEN_NAME_LENGTH);
  await requireRoom(em, 'Query.apiTokens', [`select count(*)::int as n from auth_token where project_id = ? and kind = 'API'`, [projectId]], authErrors.API_TOKEN_LIMIT, 'name');
  const token = newToken('api');
  const apiToken = em.create(AuthToken, { projectId, kind: 'API', name: trimmed, tokenHash: tokenHash(token) });
  await em.flush();
  return { token, apiToken };
}

/** Deletes the token: every later request with it is refused, and its open sockets on every node are closed. */
export async function revokeApiToken(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('ApiToken', globalId);
  const deleted =
    id && (await selectOne<{ id: string }>(em, `delete from auth_token where id = ? and project_id = ? and kind = 'API' returning id`, [id, viewer.project.id]));
  if (!deleted) throw authErrors.API_TOKEN_NOT_FOUND('apiTokenId');
  await announceRevoked(app, [deleted.id]);
  return globalId;
}
