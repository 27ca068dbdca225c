// Every limit the public API enforces, in one place: defaults close to GraphQL Armor's and Shopify's, each
// overridable by an environment variable (the README lists them) or, in tests, by startApiServer's options.
export type BucketRule = {
  /** The most the bucket holds. */
  capacity: number;
  /** How much leaks out per second. */
  leakPerSecond: number;
};

export type Limits = {
  /** Fields nested in one another, fragments included. */
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens of the whole document: parsing stops past it. */
  maxTokens: number;
  maxDirectives: number;
  /** The calculated cost of one operation (see cost.ts). */
  maxCost: number;
  /** The cost points of one API token or operator session; anonymous callers and visitors share one per address. */
  costBucket: BucketRule;
  anonymousCostBucket: BucketRule;
  /** How long an HTTP request refused by the throttle waits for its 429 (at most its Retry-After). */
  throttledAnswerDelayMs: number;
  maxSubscriptionsPerSocket: number;
  /** Scheduled messages waiting in one conversation. */
  maxScheduledPerConversation: number;
  maxSocketsPerToken: number;
  /** A socket must send its credentials (connection_init) this soon after opening. */
  socketAuthTimeoutMs: number;
  /** Bodies of GraphQL requests and WebSocket messages. */
  maxBodyBytes: number;
  /** Failed logins per e-mail: each failure adds 1; past `slowAfter` answers slow down, full locks the e-mail. */
  loginFailuresPerEmail: BucketRule & { slowAfter: number };
  /** Requests whose token or visitor token authenticates nobody, per address. */
  badCredentialsPerAddress: BucketRule;
  /** Failed logins per client address, whatever the e-mail. */
  loginFailuresPerAddress: BucketRule;
  /** New web chat visitors (widgetStart without a valid token) per address and per channel. */
  widgetStartsPerAddress: BucketRule;
  widgetStartsPerChannel: BucketRule;
  /** Who may introspect the schema and see "Did you mean" suggestions: signed-in callers by default. */
  introspection: 'AUTHENTICATED' | 'ALL' | 'NONE';
  /** Origins of third-party browser apps allowed to call the API (CORS); `*` for any. */
  corsOrigins: string[];
  /** How many proxies in front of the API append to X-Forwarded-For (0: the socket's address is the client's). */
  trustProxyHops: number;
  /**
   * The secret a gateway shows to open trunks, sockets that carry many callers' graphql-ws sockets at once
   * (http/gateway-trunk.ts); null: this node opens none. Each caller on a trunk is a socket of its own to the api,
   * signed in and limited as one; the secret only lets the gateway say which address each came from.
   */
  trunkSecret: string | null;
};

const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}".`);
  return value;
};

/** `count` attempts, draining over `seconds`. */
const per = (count: number, seconds: number): BucketRule => ({ capacity: count, leakPerSecond: count / seconds });

export function limitsFromEnv(): Limits {
  const introspection = (process.env.GRAPHQL_INTROSPECTION ?? 'AUTHENTICATED').toUpperCase();
  if (introspection !== 'AUTHENTICATED' && introspection !== 'ALL' && introspection !== 'NONE') {
    throw new Error(`GRAPHQL_INTROSPECTION must be authenticated, all or none, got "${introspection}".`);
  }
  return {
    maxDepth: int('GRAPHQL_MAX_DEPTH', 10),
    maxAliases: int('GRAPHQL_MAX_ALIASES', 15),
    maxTokens: int('GRAPHQL_MAX_TOKENS', 2000),
    maxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 50),
    maxCost: int('GRAPHQL_MAX_COST', 5000),
    costBucket: { capacity: int('THROTTLE_CAPACITY', 20_000), leakPerSecond: int('THROTTLE_RESTORE_RATE', 1000) },
    anonymousCostBucket: { capacity: int('THROTTLE_ANONYMOUS_CAPACITY', 5000), leakPerSecond: int('THROTTLE_ANONYMOUS_RESTORE_RATE', 250) },
    throttledAnswerDelayMs: int('THROTTLED_ANSWER_DELAY_MS', 250),
    maxSubscriptionsPerSocket: int('WS_MAX_SUBSCRIPTIONS', 100),
    maxScheduledPerConversation: int('MAX_SCHEDULED_PER_CONVERSATION', 20),
    maxSocketsPerToken: int('WS_MAX_SOCKETS_PER_TOKEN', 20),
    socketAuthTimeoutMs: int('WS_AUTH_TIMEOUT_MS', 5000),
    maxBodyBytes: int('GRAPHQL_MAX_BODY_BYTES', 1024 * 1024),
    loginFailuresPerEmail: { ...per(int('LOGIN_MAX_FAILURES_PER_EMAIL', 10), 600), slowAfter: 3 },
    badCredentialsPerAddress: per(int('BAD_CREDENTIALS_PER_ADDRESS_PER_MINUTE', 60), 60),
    loginFailuresPerAddress: per(int('LOGIN_MAX_FAILURES_PER_ADDRESS', 30), 900),
    widgetStartsPerAddress: per(int('WIDGET_STARTS_PER_ADDRESS_PER_MINUTE', 10), 60),
    widgetStartsPerChannel: per(int('WIDGET_STARTS_PER_CHANNEL_PER_MINUTE', 600), 60),
    introspection,
    corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    trustProxyHops: int('TRUST_PROXY_HOPS', 0),
    trunkSecret: process.env.GATEWAY_TRUNK_SECRET || null,
  };
}
