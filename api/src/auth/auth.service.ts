import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer, Visitor } from '../context.ts';
import { select, selectOne, timestampOf, toRow } from '../db/rows.ts';
import { Operator, type OperatorRow } from '../operators/operator.entity.ts';
import { settleOperator } from '../operators/presence-lease.service.ts';
import { Project, type ProjectRow } from '../projects/project.entity.ts';
import { topics } from '../pubsub/pubsub.ts';
import { authErrors } from './auth.errors.ts';
import { AuthToken } from './auth-token.entity.ts';
import { guardLogin } from './login-attempts.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { newToken, tokenHash } from './tokens.ts';

const sessionLifetimeMs = 30 * 24 * 3600 * 1000;

let unused: Promise<string> | null = null;
const unusedHash = () => (unused ??= hashPassword(randomUUID()));

export async function login(app: App, em: EntityManager, input: { email: string; password: string }, address: string) {
  const email = input.email.trim().toLowerCase();
  return guardLogin(app, email, address, () => verifiedLogin(em, email, input.password));
}

async function verifiedLogin(em: EntityManager, email: string, password: string) {
  const operator = await em.findOne(Operator, { email }, { populate: ['passwordHash'] });
  // The same answer, after the same work, for an unknown e-mail and a wrong password: no account probing.
  const valid = await verifyPassword(password, operator?.passwordHash ?? (await unusedHash()));
  // A deactivated operator gets the wrong password's answer too: nothing tells who once had an account.
  if (!operator || !valid || operator.deactivatedAt) throw authErrors.LOGIN_CREDENTIALS_WRONG();
  const token = newToken('ses');
  const session = em.create(AuthToken, {
    projectId: operator.projectId,
    operatorId: operator.id,
    kind: 'SESSION',
    tokenHash: tokenHash(token),
    expiresAt: new Date(Date.now() + sessionLifetimeMs),
  });
  await em.flush();
  const project = await em.findOneOrFail(Project, operator.projectId);
  return { token, viewer: { project, operator, tokenId: session.id, expiresAt: session.expiresAt ?? null } satisfies Viewer };
}

/**
 * Ends the session: its token is refused from now on, and its open sockets on every node are closed. The operator
 * is offline at once, unless a socket of another session of theirs is open; their chosen status stays for next time.
 */
export async function logout(app: App, em: EntityManager, viewer: Viewer): Promise<void> {
  if (!viewer.operator) throw authErrors.LOGOUT_API_TOKEN();
  // The session's presence leases go with it (on delete cascade).
  await em.nativeDelete(AuthToken, { id: viewer.tokenId, kind: 'SESSION' });
  await settleOperator(app, em, viewer.operator.id);
  await announceRevoked(app, [viewer.tokenId]);
}

/** Deletes an operator's sessions, all or all but `keepTokenId`; answers their ids for `announceRevoked`. */
export async function deleteSessions(em: EntityManager, operatorId: string, keepTokenId: string | null = null) {
  const deleted = await select<{ id: string }>(
    em,
    `delete from auth_token where operator_id = ? and kind = 'SESSION' and id is distinct from ? returning id`,
    [operatorId, keepTokenId],
  );
  return deleted.map(({ id }) => id);
}

/** Once the deletion is committed: the tokens' open sockets on every node are closed. */
export async function announceRevoked(app: App, tokenIds: readonly string[]) {
  for (const tokenId of tokenIds) await app.pubsub.publish(topics.revocations, { tokenId });
}

/** `Bearer <token>` of an operator session or an API token, checked against the database on every request. */
export async function viewerFromToken(em: EntityManager, token: string): Promise<Viewer | null> {
  return (await viewersFromTokens(em, [token]))[0]!;
}

/** Several `Bearer` tokens checked in one statement (sockets connecting together); null for each that works for nobody. */
export async function viewersFromTokens(em: EntityManager, tokens: readonly string[]): Promise<(Viewer | null)[]> {
  const hashes = tokens.map(tokenHash);
  const found = await em.execute<{ token_hash: string; token_id: string; expires_at: string | null; project: Record<string, unknown>; operator: Record<string, unknown> | null }[]>(
    `select t.token_hash, t.id as token_id, t.expires_at, to_jsonb(p) as project, to_jsonb(o) - 'password_hash' as operator
       from auth_token t join project p on p.id = t.project_id left join operator o on o.id = t.operator_id
      where t.token_hash in (?) and (t.expires_at is null or t.expires_at > now())
        and (t.operator_id is null or o.deactivated_at is null)`,
    [[...new Set(hashes)]],
  );
  const byHash = new Map(found.map((row) => [row.token_hash, row]));
  return hashes.map((hash) => {
    const row = byHash.get(hash);
    if (!row) return null;
    return {
      tokenId: row.token_id,
      expiresAt: row.expires_at ? timestampOf(row.expires_at) : null,
      project: toRow(row.project) as ProjectRow,
      operator: row.operator ? (toRow(row.operator) as OperatorRow) : null,
    };
  });
}

/** `Visitor <token>`: the web chat visitor's own client channel, and nothing else. */
export async function visitorFromToken(em: EntityManager, token: string): Promise<Visitor | null> {
  return selectOne<Visitor>(em, 'select id as client_channel_id from client_channel where access_token_hash = ?', [tokenHash(token)]);
}

export type Credential = { scheme: 'bearer' | 'visitor'; token: string };

/** An Authorization value's credential: `Bearer …` for operators and API tokens, `Visitor …` for the widget. */
export function credentialOf(authorization: string | undefined): Credential | null {
  const [scheme, token] = (authorization ?? '').trim().split(/\s+/, 2);
  const kind = scheme?.toLowerCase();
  return token && (kind === 'bearer' || kind === 'visitor') ? { scheme: kind, token } : null;
}

/** Who an Authorization value is, checked against the database. */
export async function authenticate(em: EntityManager, authorization: string | undefined) {
  const credential = credentialOf(authorization);
  if (credential?.scheme === 'bearer') return { viewer: await viewerFromToken(em, credential.token), visitor: null };
  if (credential?.scheme === 'visitor') return { viewer: null, visitor: await visitorFromToken(em, credential.token) };
  return { viewer: null, visitor: null };
}

