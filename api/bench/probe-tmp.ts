// Temporary: a kept copy of the card data set for EXPLAIN ANALYZE (deleted before handing back).
import pg from 'pg';
import { migrate, openOrm } from '../src/db/orm.ts';
import { seedDemoProject } from '../src/seed/seed.ts';
import { addCrmData } from './card.ts';

const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('drop database if exists card_probe with (force)');
await admin.query('create database card_probe');
await admin.end();
const orm = await openOrm('postgres://postgres@127.0.0.1:5432/card_probe');
await migrate(orm);
await seedDemoProject(orm.em.fork(), { clients: Number(process.env.N ?? 100_000), messagesPerClient: 10 });
await addCrmData(orm.em.fork());
await orm.em.fork().getConnection().execute('vacuum analyze');
await orm.close();
console.log('done');
