import type { PresenceStatus } from '../../generated/graphql.ts';

export const PRESENCE_OPTIONS: { status: PresenceStatus; label: string }[] = [
  { status: 'ONLINE', label: 'Online' },
  { status: 'AWAY', label: 'Away' },
  { status: 'OFFLINE', label: 'Offline' },
];

export const presenceLabel = (status: PresenceStatus): string => PRESENCE_OPTIONS.find((option) => option.status === status)?.label ?? status;

// Team lists read best with the reachable people first.
export const presenceRank = (status: PresenceStatus): number => PRESENCE_OPTIONS.findIndex((option) => option.status === status);
