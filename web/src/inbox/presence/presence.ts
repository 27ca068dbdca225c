import type { PresenceStatus } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { presenceMessages } from './presence.messages.ts';

// Team lists read best with the reachable people first.
export const PRESENCE_STATUSES: readonly PresenceStatus[] = ['ONLINE', 'AWAY', 'OFFLINE'];

const t = useMessages(presenceMessages);
export const presenceLabel = (status: PresenceStatus): string => t(`status.${status}`);

export const presenceRank = (status: PresenceStatus): number => PRESENCE_STATUSES.indexOf(status);
