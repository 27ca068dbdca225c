import { isPublic } from '../lib/outside-address.ts';
import type { Block } from '../../../workflows/src/processes/definition.ts';

type HttpBlock = Extract<Block, { type: 'HTTP' }>;

// Private and loopback addresses are refused unless allowed (PROCESS_HTTP_ALLOW_PRIVATE=1): lib/outside-address.ts.

/** A call that trying again cannot fix (a refused address or scheme): the block's `failure` at once. */
export class RefusedCall extends Error {}

/** The value at a dot path (`data.items.0.id`) of a JSON answer, as text; null when absent. */
export function valueAt(answer: unknown, path: string): string | null {
  let current: unknown = answer;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[part];
  }
  if (current === undefined || current === null) return null;
  return typeof current === 'object' ? JSON.stringify(current) : String(current);
}

/**
 * Calls the block's URL (its texts filled by `fill`) and answers the variables to store from its JSON answer. Throws
 * on a refused address, a timeout, a network error or a status outside 2xx: the workflow retries, then takes the
 * block's `failure` branch.
 */
export async function callOutside(block: HttpBlock, fill: (text: string) => string, options: { allowPrivate: boolean }) {
  const url = new URL(fill(block.url));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RefusedCall(`Only http and https addresses may be called, not ${url.protocol}`);
  if (!options.allowPrivate && !(await isPublic(url.hostname))) throw new RefusedCall(`${url.hostname} is a private or loopback address: the project does not allow calling it.`);
  const response = await fetch(url, {
    method: block.method,
    headers: Object.fromEntries(block.headers.map((header) => [header.name, fill(header.value)])),
    body: block.method === 'GET' || block.method === 'DELETE' || !block.body ? undefined : fill(block.body),
    redirect: 'error',
    signal: AbortSignal.timeout(block.timeoutSeconds * 1000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url.host} answered ${response.status}`);
  if (!block.map.length) return [];
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new Error(`${url.host} did not answer JSON`);
  }
  return block.map.map((entry) => ({ key: entry.variable, value: valueAt(answer, entry.path) }));
}
