import type { FileKind } from './file.entity.ts';

// What may be uploaded: images, video, audio, PDF, office documents, plain text and CSV, ZIP. Anything else (HTML,
// SVG, scripts, executables) is refused, so that no stored file can run in a browser.
type Signature = { offset: number; bytes: number[] | string };

const zip: Signature[] = [{ offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }, { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] }];
const ole: Signature[] = [{ offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }];
const isoMedia: Signature[] = [{ offset: 4, bytes: 'ftyp' }];
const matroska: Signature[] = [{ offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] }];
const ogg: Signature[] = [{ offset: 0, bytes: 'OggS' }];
// null: a text format with no signature; checked to hold no NUL bytes instead.
const text = null;

/** Allowed content types and the bytes their files start with (any one of the signatures). */
const allowed: Record<string, Signature[] | null> = {
  'image/jpeg': [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }],
  'image/png': [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
  'image/gif': [{ offset: 0, bytes: 'GIF87a' }, { offset: 0, bytes: 'GIF89a' }],
  'image/webp': [{ offset: 8, bytes: 'WEBP' }],
  'image/heic': isoMedia,
  'image/heif': isoMedia,
  'image/avif': isoMedia,
  'video/mp4': isoMedia,
  'video/quicktime': [...isoMedia, { offset: 4, bytes: 'moov' }, { offset: 4, bytes: 'mdat' }, { offset: 4, bytes: 'wide' }],
  'video/3gpp': isoMedia,
  'video/webm': matroska,
  'video/ogg': ogg,
  'audio/mpeg': [{ offset: 0, bytes: 'ID3' }, { offset: 0, bytes: [0xff, 0xfb] }, { offset: 0, bytes: [0xff, 0xf3] }, { offset: 0, bytes: [0xff, 0xf2] }],
  'audio/mp4': isoMedia,
  'audio/x-m4a': isoMedia,
  'audio/aac': [{ offset: 0, bytes: [0xff, 0xf1] }, { offset: 0, bytes: [0xff, 0xf9] }, { offset: 0, bytes: 'ADIF' }],
  'audio/ogg': ogg,
  'audio/opus': ogg,
  'audio/webm': matroska,
  'audio/wav': [{ offset: 8, bytes: 'WAVE' }],
  'audio/x-wav': [{ offset: 8, bytes: 'WAVE' }],
  'application/pdf': [{ offset: 0, bytes: '%PDF-' }],
  'application/msword': ole,
  'application/vnd.ms-excel': ole,
  'application/vnd.ms-powerpoint': ole,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': zip,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': zip,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': zip,
  'application/vnd.oasis.opendocument.text': zip,
  'application/vnd.oasis.opendocument.spreadsheet': zip,
  'application/vnd.oasis.opendocument.presentation': zip,
  'application/rtf': [{ offset: 0, bytes: '{\\rtf' }],
  'application/zip': zip,
  'application/x-zip-compressed': zip,
  'text/plain': text,
  'text/csv': text,
};

/** The bytes read before the declared type is checked against the content (text is checked for NUL bytes in them). */
export const sniffBytes = 512;

/** The declared Content-Type without parameters, lowercased, if it is allowed; otherwise null. */
export function allowedType(declared: string | undefined): string | null {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(allowed, type) ? type : null;
}

export function kindOf(contentType: string): FileKind {
  if (contentType.startsWith('image/')) return 'IMAGE';
  if (contentType.startsWith('video/')) return 'VIDEO';
  if (contentType.startsWith('audio/')) return 'AUDIO';
  return 'DOCUMENT';
}

const matches = (head: Uint8Array, { offset, bytes }: Signature) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  if (head.length < offset + expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (head[offset + i] !== expected[i]) return false;
  return true;
};

/** Whether the file's first bytes (at least `sniffBytes`, or the whole file if shorter) fit its declared type. */
export function contentMatches(contentType: string, head: Uint8Array): boolean {
  const signatures = allowed[contentType];
  if (signatures === undefined) return false;
  if (signatures === null) return !head.includes(0);
  return signatures.some((signature) => matches(head, signature));
}

/** Types a browser may show in place (a preview); everything else is always a download. */
export const showsInline = (contentType: string) => /^(image|video|audio)\//.test(contentType);

/** A file name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function cleanName(raw: string | null | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return name && name !== '.' && name !== '..' ? name : 'file';
}
