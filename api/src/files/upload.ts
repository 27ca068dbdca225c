import { UserError } from '../graphql/errors.ts';
import { contentMatches, sniffBytes } from './file-types.ts';

/** An upload refused before anything was stored; `status` is the HTTP status it answers with. */
export class UploadRefused extends UserError {
  readonly status: number;
  constructor(status: 400 | 413 | 415, message: string) {
    super('INVALID_INPUT', message, 'file');
    this.status = status;
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
export const tooLarge = (maxBytes: number) => new UploadRefused(413, `The file is larger than ${megabytes(maxBytes)}.`);

/**
 * The upload's bytes as they arrive, failing as soon as there are more than `maxBytes`, or when the first bytes
 * are not what the declared content type starts with (a script renamed to .jpg). `counted.size` ends as the size.
 */
export async function* checkedBytes(source: AsyncIterable<Buffer>, contentType: string, maxBytes: number, counted: { size: number }) {
  let head: Buffer | null = Buffer.alloc(0);
  const check = (bytes: Buffer) => {
    if (!contentMatches(contentType, bytes)) throw new UploadRefused(415, `The file's content is not ${contentType}.`);
  };
  for await (const chunk of source) {
    counted.size += chunk.length;
    if (counted.size > maxBytes) throw tooLarge(maxBytes);
    if (!head) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length >= sniffBytes) {
      check(head);
      yield head;
      head = null;
    }
  }
  if (head) {
    if (!head.length) throw new UploadRefused(400, 'The file is empty.');
    check(head);
    yield head;
  }
}
