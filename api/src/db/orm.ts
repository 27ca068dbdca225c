import { fileURLToPath } from 'node:url';
import { defineConfig, MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.ts';

export const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

export type OrmOptions = { poolMax?: number; /** Sees every SQL statement (tests count them). */ onQuery?: (sql: string) => void };

export function ormConfig(databaseUrl: string, options: OrmOptions = {}) {
  const { onQuery } = options;
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    ...(onQuery ? { onQuery: (sql: string) => (onQuery(sql), sql) } : {}),
    pool: { max: options.poolMax ?? 10 },
    // Every request forks its own EntityManager; the global one must never be used by accident.
    allowGlobalContext: false,
    // Loading a relation across a list batches into one query instead of one per row.
    dataloader: true,
    migrations: { path: migrationsPath, pathTs: migrationsPath, emit: 'ts', snapshot: false },
    // SQL functions (search_fold and its kin) are written by hand in migrations, their bodies chosen by what the
    // server offers; entities only call them, so a new migration must neither drop nor rewrite them.
    schemaGenerator: { ignoreRoutines: true },
  });
}

export async function openOrm(databaseUrl: string, options: OrmOptions = {}) {
  return MikroORM.init(ormConfig(databaseUrl, options));
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.migrator.up();
}

export type { MikroORM };
