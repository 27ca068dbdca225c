import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { selectOne } from '../db/rows.ts';
import { UserError } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import type { ClientRow } from './client.entity.ts';

async function changeClient(em: EntityManager, viewer: Viewer, globalId: string, set: string, params: unknown[]) {
  const id = idOf('Client', globalId);
  const client = id && (await selectOne<ClientRow>(em, `update client set ${set} where id = ? and project_id = ? returning *`, [...params, id, viewer.project.id]));
  if (!client) throw new UserError('NOT_FOUND', 'No such client.', 'clientId');
  return client;
}

export function pauseBot(em: EntityManager, viewer: Viewer, clientId: string, hours: number) {
  if (!Number.isInteger(hours) || hours < 1 || hours > 720) throw new UserError('INVALID_INPUT', 'Pause the bot for 1 to 720 hours.', 'hours');
  return changeClient(em, viewer, clientId, 'bot_paused_until = ?', [new Date(Date.now() + hours * 3600_000)]);
}

export const resumeBot = (em: EntityManager, viewer: Viewer, clientId: string) => changeClient(em, viewer, clientId, 'bot_paused_until = null', []);
