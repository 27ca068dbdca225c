import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { clientErrors } from './client.errors.ts';
import { changeClient, requireClient } from './client-profile.service.ts';

/** The bot stays quiet for the client for `hours` (an operator takes over); recorded in the client's history. */
export async function pauseBot(app: App, em: EntityManager, viewer: Viewer, clientId: string, hours: number) {
  if (!Number.isInteger(hours) || hours < 1 || hours > 720) throw clientErrors.CLIENT_BOT_PAUSE_RANGE('hours');
  const client = await requireClient(em, viewer, clientId);
  const until = new Date(Date.now() + hours * 3600_000);
  return changeClient(app, em, viewer, client, { set: 'bot_paused_until = ?', params: [until] }, {
    type: 'BOT_PAUSED',
    summary: `Bot paused for ${hours} h`,
    data: { until: until.toISOString(), hours },
  });
}

/** The bot answers the client again; nothing is recorded if it was not paused. */
export async function resumeBot(app: App, em: EntityManager, viewer: Viewer, clientId: string) {
  const client = await requireClient(em, viewer, clientId);
  return changeClient(app, em, viewer, client, { set: 'bot_paused_until = null', params: [], unless: 'bot_paused_until is null or bot_paused_until <= now()' }, {
    type: 'BOT_RESUMED',
    summary: 'Bot resumed',
  });
}
