// `npm run seed [-- <clients>]`: adds a demo project (the same one `npm start` creates on an empty database).
import { startDatabase } from '../config.ts';
import { migrate, openOrm } from '../db/orm.ts';
import { demoLogins, seedDemoProject } from './seed.ts';
import { Operator } from '../operators/operator.entity.ts';

const clients = Number(process.argv[2] ?? 300);
const database = await startDatabase();
const orm = await openOrm(database.url);
try {
  await migrate(orm);
  const em = orm.em.fork();
  // Operator e-mails are unique: a second demo project gets its own e-mail domain.
  const taken = await em.count(Operator, { email: demoLogins[0]!.email });
  const domain = taken ? `demo${Date.now().toString(36)}.test` : 'demo.test';
  const { project } = await seedDemoProject(em, { clients, emailDomain: domain, widgetKey: taken ? `demo-${Date.now().toString(36)}` : undefined });
  console.log(`Seeded "${project.name}" with ${clients} clients. Logins:`);
  for (const login of demoLogins) console.log(`  ${login.email.replace('demo.test', domain)}  ${login.password}`);
} finally {
  await orm.close();
  await database.stop();
}
