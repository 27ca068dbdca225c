import { fileErrors } from './file.errors.ts';
import { contentMatches, sniffBytes } from './file-types.ts';

export const tooLarge = (maxBytes: number) => fileErrors.FILE_TOO_LARGE('file', { maxBytes });

/**
 * The upload's bytes as they arrive, failing as soon as there are more than `maxBytes`, or when the first bytes
 * are not what the declared content type starts with (a script renamed to .jpg). `counted.size` ends as the size.
 */
export async function* checkedBytes(source: AsyncIterable<Buffer>, contentType: string, maxBytes: number, counted: { size: number }) {
  let head: Buffer | null = Buffer.alloc(0);
  const check = (bytes: Buffer) => {
    if (!contentMatches(contentType, bytes)) throw fileErrors.FILE_CONTENT_MISMATCH('file', { contentType });
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
    if (!head.length) throw fileErrors.FILE_EMPTY('file');
    check(head);
    yield head;
  }
}
