import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress, PrivateAddressError, publicOnlyLookup } from '../lib/outside-address.ts';

export type PostResult = { statusCode: number | null; responseMs: number; error: string | null };

/**
 * POSTs a body and waits for the status (the answer's body is read and dropped, at most 64 KB of it). Private
 * addresses are refused where the connection is made (lib/outside-address.ts) unless `allowPrivate`; redirects are
 * not followed. Never throws: a refusal, a timeout or a network error comes back as `error`.
 */
export function postJson(url: string, body: string, headers: Record<string, string>, options: { allowPrivate: boolean; timeoutMs: number }): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ statusCode: null, responseMs: 0, error: 'The URL is not valid.' });
    }
    // An address written out is connected to without a lookup: checked here.
    const literal = target.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivate && isIP(literal) && isPrivateAddress(literal, isIP(literal))) return resolve({ statusCode: null, responseMs: 0, error: new PrivateAddressError(literal).message });
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'OmniInbox-Webhooks/1', 'content-length': Buffer.byteLength(body), ...headers },
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
        timeout: options.timeoutMs,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > 65_536) response.destroy();
        });
        response.on('close', () => resolve({ statusCode: response.statusCode ?? null, responseMs: elapsed(), error: null }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${options.timeoutMs / 1000} s.`)));
    request.on('error', (error) =>
      resolve({ statusCode: null, responseMs: elapsed(), error: error instanceof PrivateAddressError ? error.message : `${error.message}`.slice(0, 300) }),
    );
    request.end(body);
  });
}
