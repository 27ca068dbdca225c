// The hostile load's documents and one raw request that keeps what the harness's gql throws away: the HTTP status,
// the refusal's code and limit, and `extensions.cost`.
import type { CostReport } from '../src/limits/throttle.ts';

/** `{ operators { id teams { id members { id … } } } }` with `levels` levels of teams/members. */
export function nestedTeams(levels: number) {
  let selection = 'id';
  for (let level = levels; level >= 1; level--) selection = `id ${level % 2 ? 'teams' : 'members'} { ${selection} }`;
  return `{ operators { ${selection} } }`;
}

const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

export type HostileName = 'six-level' | 'alias flood' | 'cost flood';

export const hostileDocuments: { name: HostileName; query: string }[] = [
  { name: 'six-level', query: nestedTeams(6) },
  { name: 'alias flood', query: aliased(1000, 'conversations(first: 100, filter: { search: "order" }) { edges { node { id } } }') },
  // Passes depth, aliases and tokens: only the calculated cost refuses it.
  { name: 'cost flood', query: aliased(10, 'conversations(first: 100) { edges { node { id messages(first: 100) { edges { node { id } } } } } }') },
];

export type Answer = {
  ms: number;
  /** 0 when the request itself failed (connection refused or reset). */
  status: number;
  /** The first error's `extensions.code`, `NO_CODE` for an error without one, null without errors. */
  code: string | null;
  /** QUERY_TOO_COMPLEX's `extensions.limit` (DEPTH, ALIASES, TOKENS, COST…). */
  limit: string | null;
  cost: CostReport | null;
  data: any;
  /** The start of the raw answer, to print an unexpected one. */
  excerpt: string;
};

type Body = { data?: any; errors?: { extensions?: { code?: string; limit?: string } }[]; extensions?: { cost?: CostReport } };

/** POSTs an already serialized body (serializing 1,000 aliases per request would load the load generator). */
export async function post(base: string, body: string, authorization: string): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
    const text = await response.text();
    const ms = performance.now() - started;
    const parsed = JSON.parse(text) as Body;
    const error = parsed.errors?.[0];
    return {
      ms,
      status: response.status,
      code: error ? (error.extensions?.code ?? 'NO_CODE') : null,
      limit: error?.extensions?.limit ?? null,
      cost: parsed.extensions?.cost ?? null,
      data: parsed.data,
      excerpt: text.slice(0, 300),
    };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, code: 'REQUEST_FAILED', limit: null, cost: null, data: null, excerpt: String(error) };
  }
}

export const requestBody = (query: string) => JSON.stringify({ query });
