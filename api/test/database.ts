// A fresh, empty PostgreSQL database per test file, on the server that global-setup.ts provides.
//
//   let db: Awaited<ReturnType<typeof createTestDatabase>>;
//   beforeAll(async () => { db = await createTestDatabase(); /* apply migrations to db.url */ });
//   afterAll(async () => { await db?.drop(); });
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

async function admin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  // Lowercase letters and digits only: a valid unquoted identifier, safe to interpolate.
  const name = `test_${randomBytes(8).toString('hex')}`;
  // The C locale, as `npm start`'s embedded PostgreSQL has it: the worst case for anything that folds text, so a test
  // catches a dependence on the cluster's locale even on a server created with another one.
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
