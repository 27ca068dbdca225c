import type { IncomingMessage, ServerResponse } from 'node:http';

export const refused = Symbol('refused');

/**
 * A request's JSON body, or `refused` once it has answered 400 or 413 itself. A body over `maxBytes` is refused
 * as soon as it is known to be: by its Content-Length before reading anything, or when the stream passes the
 * limit; the connection is then closed rather than read to its end.
 */
export function readJsonBody(req: IncomingMessage, res: ServerResponse, maxBytes: number, headers: Record<string, string>): Promise<unknown> {
  return new Promise((resolve) => {
    const fail = (status: number, message: string) => {
      res.once('finish', () => req.destroy());
      res.writeHead(status, { ...headers, 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] }));
      resolve(refused);
    };
    const tooLarge = () => fail(413, `The request body is larger than ${maxBytes} bytes.`);
    if (Number(req.headers['content-length']) > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      chunks.length = 0;
      tooLarge();
    };
    const onEnd = () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        fail(400, 'The request body is not valid JSON.');
      }
    };
    req.on('data', onData).on('end', onEnd);
  });
}
