// How presence follows the operators' sockets (see presence-keeper.ts): every value can be set by an environment
// variable (the README lists them) or, in tests, by createApp's options.
export type PresenceSettings = {
  /** A socket's lease runs this long past its node's last renewal: a node killed outright is forgotten after it. */
  ttlMs: number;
  /** Each api node renews the leases of the operator sockets open on it this often. */
  heartbeatMs: number;
  /** After a socket closes, its lease still holds this long, so a page reload does not flicker the operator offline. */
  graceMs: number;
};

const seconds = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback * 1000;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number of seconds, got "${raw}".`);
  return value * 1000;
};

export function presenceSettings(overrides: Partial<PresenceSettings> = {}): PresenceSettings {
  const settings = {
    ttlMs: seconds('PRESENCE_TTL_SECONDS', 60),
    heartbeatMs: seconds('PRESENCE_HEARTBEAT_SECONDS', 20),
    graceMs: seconds('PRESENCE_GRACE_SECONDS', 10),
    ...overrides,
  };
  // A live socket must be renewed at least twice within its lease, or a slow renewal would flicker it offline.
  if (!(settings.heartbeatMs > 0 && settings.heartbeatMs * 2 <= settings.ttlMs)) {
    throw new Error(`PRESENCE_HEARTBEAT_SECONDS must be above 0 and at most half of PRESENCE_TTL_SECONDS (${settings.heartbeatMs / 1000} s, ${settings.ttlMs / 1000} s).`);
  }
  if (settings.graceMs > settings.ttlMs) throw new Error('PRESENCE_GRACE_SECONDS must be at most PRESENCE_TTL_SECONDS.');
  return settings;
}
