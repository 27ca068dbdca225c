// `npm run migration:create -- <name>`: applies the committed migrations to the database at DATABASE_URL (the
// embedded one under .data/ when unset), then writes a migration for what the entities add to it.
import { openOrm } from './orm.ts';
import { startDatabase } from '../config.ts';

const database = await startDatabase();
const orm = await openOrm(database.url);
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
} finally {
  await orm.close();
  await database.stop();
}
