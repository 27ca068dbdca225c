// The reads part's floors, each its own process (`node api/bench/reads-servers.ts floor|apollo|postgraphile`) on
// DATABASE_URL and PORT, printing "ready" once it listens:
// - floor: node:http and pg, running (prepared) the product's own single statement of the inbox's first page (with all the
//   related rows the web's list item shows) and answering its rows as JSON; no token check, no GraphQL;
// - apollo: Apollo Server with the product's schema, plugins, limits and error masking (createApollo), whose
//   context is only what the operation needs: `{ me }` looks the token up with one statement, nothing else is built;
// - postgraphile: PostGraphile 5 (Amber preset) over the same database, no auth.
import { createServer, type IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { credentialOf } from '../src/auth/auth.service.ts';
import { tokenHash } from '../src/auth/tokens.ts';
import type { Context, Viewer } from '../src/context.ts';
import { toRow } from '../src/db/rows.ts';
import { everything, pageStatement } from '../src/conversations/conversation-page.ts';
import { conversationKeyset } from '../src/conversations/conversation.service.ts';
import { keysetSql } from '../src/graphql/connection.ts';
import { createApollo } from '../src/http/graphql-http.ts';
import { costBucketOf } from '../src/limits/throttle.ts';

const kind = process.argv[2];
const databaseUrl = process.env.DATABASE_URL!;
const port = Number(process.env.PORT);
// The product's pool size (db/orm.ts).
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });

/** MikroORM's `?` placeholders as pg's `$n`. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

async function floor() {
  const { rows: [viewer] } = await pool.query<{ project_id: string; operator_id: string }>(
    "select project_id, id as operator_id from operator where email = 'anna@demo.test'",
  );
  const asViewer = { project: { id: viewer!.project_id }, operator: { id: viewer!.operator_id } } as Viewer;
  const page = keysetSql(conversationKeyset(asViewer, {}), { first: 50 });
  const sql = numbered(pageStatement(page.sql, everything));
  const server = createServer(async (req, res) => {
    await body(req);
    const { rows } = await pool.query<{ kind: string; row: Record<string, unknown> }>({ name: 'first-page', text: sql, values: page.params });
    const answer = rows.map(({ kind, row }) => ({ kind, row: Array.isArray(row) ? row : toRow(row) }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { conversations: answer } }));
  });
  return server;
}

async function apollo() {
  const { app } = await createApp({
    databaseUrl,
    temporalAddress: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: 'default',
    taskQueue: 'bench-reads-bare',
    publicUrl: `http://127.0.0.1:${port}`,
    migrate: false,
    orm: { poolMax: 2 },
  });
  const server = createApollo(app);
  await server.start();
  const viewerSql = `select t.id as token_id, t.expires_at, to_jsonb(p) as project, to_jsonb(o) - 'password_hash' as operator
       from auth_token t join project p on p.id = t.project_id left join operator o on o.id = t.operator_id
      where t.token_hash = $1 and (t.expires_at is null or t.expires_at > now()) and (t.operator_id is null or o.deactivated_at is null)`;
  return createServer(async (req, res) => {
    const text = await body(req);
    const credential = credentialOf(req.headers.authorization);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, String(value));
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body: JSON.parse(text) },
      context: async () => {
        let viewer: Viewer | null = null;
        // Only the operation that needs the caller looks it up (one statement).
        if (credential && /\bme\b/.test(text)) {
          const { rows: [found] } = await pool.query(viewerSql, [tokenHash(credential.token)]);
          if (found) viewer = { tokenId: found.token_id, expiresAt: null, project: toRow(found.project) as Viewer['project'], operator: toRow(found.operator) as Viewer['operator'] };
        }
        const context = { app, viewer, visitor: null, address: '127.0.0.1', costBucket: costBucketOf(app.limits, credential, '127.0.0.1') };
        return context as unknown as Context;
      },
    });
    res.writeHead(response.status ?? 200, Object.fromEntries(response.headers));
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  });
}

async function postgraphile() {
  const { postgraphile: make } = await import('postgraphile');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');
  // Every column may filter and order (by default only indexed ones), as our own list does.
  const instance = make({ extends: [PostGraphileAmberPreset], disablePlugins: ['PgIndexBehaviorsPlugin'], pgServices: [makePgService({ connectionString: databaseUrl, schemas: ['public'], poolConfig: { max: 10 } })] });
  const serv = instance.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server);
  await serv.ready();
  return server;
}

const server = kind === 'floor' ? await floor() : kind === 'apollo' ? await apollo() : kind === 'postgraphile' ? await postgraphile() : null;
if (!server) throw new Error(`unknown server ${kind}`);
server.listen(port, '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => process.exit(0));
