import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './db/embedded-postgres.ts';

export const rootDir = fileURLToPath(new URL('../../', import.meta.url));

// Every setting comes from the environment; the README lists them. Unset means "embedded defaults".
export const config = {
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 4000),
  publicUrl: process.env.PUBLIC_URL,
  dataDir: process.env.DATA_DIR ?? `${rootDir}.data`,
  databaseUrl: process.env.DATABASE_URL,
  embeddedPostgresPort: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
  temporalAddress: process.env.TEMPORAL_ADDRESS,
  temporalNamespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  temporalTaskQueue: process.env.TEMPORAL_TASK_QUEUE ?? 'inbox',
  temporalDevServerPort: Number(process.env.TEMPORAL_DEV_SERVER_PORT ?? 7233),
  temporalUiPort: Number(process.env.TEMPORAL_UI_PORT ?? 8233),
  redisUrl: process.env.REDIS_URL,
  // Seed a demo project on the first start of an empty database ("0" turns it off).
  seedDemo: process.env.SEED_DEMO !== '0',
  // Uploaded files: kept under FILES_DIR (default DATA_DIR/files); download links are signed with FILES_SECRET
  // (unset: a random one kept in DATA_DIR/files-secret). Uploads up to FILE_MAX_BYTES (25 MB).
  filesDir: process.env.FILES_DIR,
  filesSecret: process.env.FILES_SECRET,
  fileMaxBytes: Number(process.env.FILE_MAX_BYTES ?? 25 * 1024 * 1024),
  // Channel secrets (bot tokens, passwords) are encrypted with CHANNEL_SECRETS_KEY (unset: a random one kept in
  // DATA_DIR/channel-secrets-key; several api nodes and workers must share one).
  channelSecretsKey: process.env.CHANNEL_SECRETS_KEY,
  // The messengers' API addresses (tests and self-hosted Bot API servers point them elsewhere).
  telegramApiRoot: process.env.TELEGRAM_API_ROOT ?? 'https://api.telegram.org',
  whatsappApiRoot: process.env.WHATSAPP_API_ROOT ?? 'https://graph.facebook.com/v21.0',
  vkApiRoot: process.env.VK_API_ROOT ?? 'https://api.vk.com/method',
  // GATEWAY=1: `npm start` also runs Hive Gateway (gateway/) on GATEWAY_PORT in front of this api; ORDERS_EXAMPLE=1
  // the example orders subgraph (examples/orders/) on ORDERS_PORT as well.
  gateway: process.env.GATEWAY === '1',
  gatewayPort: Number(process.env.GATEWAY_PORT ?? 4001),
  ordersExample: process.env.ORDERS_EXAMPLE === '1',
  ordersPort: Number(process.env.ORDERS_PORT ?? 4100),
  // The gateway's GraphQL endpoint as browsers reach it (the inbox's card asks it for a client's orders; its
  // CORS_ORIGINS must let the inbox's origin in). Unset: with GATEWAY=1, the one `npm start` runs; else none.
  gatewayPublicUrl: process.env.GATEWAY_PUBLIC_URL,
};

/** DATABASE_URL, or the embedded PostgreSQL under .data/ started for this process (stop it when done). */
export async function startDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  console.log(`Starting the embedded PostgreSQL (${config.dataDir}/postgres)…`);
  return startEmbeddedPostgres(`${config.dataDir}/postgres`, config.embeddedPostgresPort);
}
