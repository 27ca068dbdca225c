import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authenticate } from '../auth/auth.service.ts';
import { may } from '../auth/permissions.ts';
import type { App } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import type { UserErrorCode, UserErrorReason } from '../generated/graphql.ts';
import { UserError, valueList } from '../graphql/errors.ts';
import { isUuid, toGlobalId } from '../graphql/global-id.ts';
import { messageErrors } from '../messages/message.errors.ts';
import { maxTextLength, receiveClientMessage } from '../messages/message.service.ts';
import { fileColumns, type StoredFileRow } from './file.entity.ts';
import { fileErrors } from './file.errors.ts';
import { fileUrl, validLink } from './file-links.ts';
import { discardUpload, storeUpload } from './file.service.ts';
import { allowedType, cleanName, showsInline } from './file-types.ts';
import { tooLarge } from './upload.ts';

// Files over plain HTTP, beside /graphql: uploads stream the raw bytes (no multipart), downloads are links.
//
//   POST /files?name=price.pdf[&library=1]    Authorization: Bearer …   Content-Type: application/pdf
//   POST /widget/files?name=photo.jpg&idempotencyKey=…[&text=…]         Authorization: Visitor …
//   GET  /files/<id>?expires=…&signature=…[&download=1]                 (or Authorization: Bearer … instead)


const statusOf: Record<UserErrorCode, number> = { INVALID_INPUT: 400, NOT_FOUND: 404, FORBIDDEN: 403, INVALID_CREDENTIALS: 401, CONFLICT: 409, THROTTLED: 429 };
// Refused uploads say more than their code does.
const uploadStatus: Partial<Record<UserErrorReason, number>> = { FILE_TOO_LARGE: 413, FILE_TYPE_NOT_ACCEPTED: 415, FILE_CONTENT_MISMATCH: 415 };

class HttpRefusal extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const unauthenticated = () => new HttpRefusal(401, 'UNAUTHENTICATED', 'Sign in first: send a valid token in the Authorization header.');
const badLink = () => new HttpRefusal(403, 'FORBIDDEN', 'This link is invalid or has expired.');
const noFile = () => new HttpRefusal(404, 'NOT_FOUND', 'No such file.');

/** Answers the request if it is one of the file routes; false leaves it to the other routes. */
export async function handleFileRequest(app: App, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const path = url.pathname;
  let route: () => Promise<void>;
  if (path === '/files' && req.method === 'POST') route = () => operatorUpload(app, req, res, url);
  else if (path === '/widget/files' && req.method === 'POST') route = () => visitorUpload(app, req, res, url);
  else if (path.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) route = () => download(app, req, res, url);
  else if (path === '/files' || path.startsWith('/files/')) route = async () => void sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'Not allowed.' } });
  else return false;
  try {
    await route();
  } catch (error) {
    if (error instanceof HttpRefusal) refuse(req, res, error.status, { code: error.code, message: error.message });
    else if (error instanceof UserError) {
      const { code, reason, message, values } = error;
      refuse(req, res, uploadStatus[reason] ?? statusOf[code], { code, reason, message, values: valueList(values) });
    }
    // The client went away in the middle of an upload: nothing was kept, nobody is left to answer.
    else if (req.method === 'POST' && req.destroyed && !req.complete) res.destroy();
    else throw error;
  }
  return true;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(JSON.stringify(body));
}

/** `{ error: { code, message } }`, with a user error's `reason` and `values` as GraphQL gives them. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: { code: string; message: string; reason?: UserErrorReason; values?: unknown }) {
  if (res.headersSent) return void res.destroy();
  // An upload's body may still be arriving (a file too large): close rather than read the rest of it.
  sendJson(res, status, { error }, req.method === 'POST' && !req.complete ? { connection: 'close' } : {});
}

/** The upload's declared name and type, refused before a byte is read when they (or its length) are wrong. */
function uploadHead(app: App, req: IncomingMessage, url: URL) {
  const contentType = allowedType(req.headers['content-type']);
  if (!contentType) {
    throw fileErrors.FILE_TYPE_NOT_ACCEPTED('file');
  }
  if (Number(req.headers['content-length'] ?? 0) > app.files.maxBytes) throw tooLarge(app.files.maxBytes);
  const header = req.headers['x-file-name'];
  let name = url.searchParams.get('name') ?? (typeof header === 'string' ? header : null);
  try {
    if (name && name === header) name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: taken as it is.
  }
  return { contentType, name: cleanName(name) };
}

/** The file as the upload answers it: what GraphQL's File says, with its global id for `sendMessage(fileIds:)`. */
export function fileJson(app: App, file: StoredFileRow) {
  return {
    id: toGlobalId('File', file.id),
    kind: file.kind,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    url: fileUrl(app.publicUrl, app.files.secret, file),
    downloadUrl: fileUrl(app.publicUrl, app.files.secret, file, { download: true }),
    library: file.library,
    createdAt: file.createdAt.toISOString(),
  };
}

async function operatorUpload(app: App, req: IncomingMessage, res: ServerResponse, url: URL) {
  const em = app.orm.em.fork();
  const { viewer } = await authenticate(em, req.headers.authorization);
  if (!viewer) throw unauthenticated();
  const library = url.searchParams.get('library') === '1';
  if (library && !may(viewer, 'manageFileLibrary')) {
    throw fileErrors.FILE_LIBRARY_FORBIDDEN();
  }
  const head = uploadHead(app, req, url);
  const file = await storeUpload(app, em, {
    projectId: viewer.project.id,
    clientId: null,
    uploadedById: viewer.operator?.id ?? null,
    library,
    ...head,
    body: req,
  });
  sendJson(res, 201, { file: fileJson(app, file) });
}

/** A visitor's file becomes their message (with an optional caption), like widgetSend. */
async function visitorUpload(app: App, req: IncomingMessage, res: ServerResponse, url: URL) {
  const em = app.orm.em.fork();
  const { visitor } = await authenticate(em, req.headers.authorization);
  if (!visitor) throw unauthenticated();
  const text = url.searchParams.get('text') ?? '';
  if (text.trim().length > maxTextLength) throw messageErrors.MESSAGE_LENGTH('text', { max: maxTextLength });
  const key = url.searchParams.get('idempotencyKey') ?? randomUUID();
  if (!key || key.length > 100) throw messageErrors.MESSAGE_IDEMPOTENCY_KEY_LENGTH('idempotencyKey', { max: 100 });
  const head = uploadHead(app, req, url);
  const owner = (await selectOne<{ projectId: string; clientId: string }>(em, 'select project_id, client_id from client_channel where id = ?', [
    visitor.clientChannelId,
  ]))!;
  const file = await storeUpload(app, em, { projectId: owner.projectId, clientId: owner.clientId, uploadedById: null, library: false, ...head, body: req });
  const message = await receiveClientMessage(app, em, { clientChannelId: visitor.clientChannelId, text, dedupeKey: `webchat:${key}`, files: [file] }).catch(
    async (error: unknown) => {
      await discardUpload(app, em, file);
      throw error;
    },
  );
  // A retry of an upload already sent answers the first message; this copy of the file is not needed.
  const attached = await attachedTo(em, file.id);
  if (attached !== message.id) await discardUpload(app, em, file);
  const files = attached === message.id ? [file] : await filesOf(em, message.id);
  sendJson(res, attached === message.id ? 201 : 200, {
    message: {
      id: toGlobalId('Message', message.id),
      direction: message.direction,
      senderKind: message.senderKind,
      authorName: null,
      text: message.text,
      createdAt: message.createdAt.toISOString(),
      attachments: files.map((each) => fileJson(app, each)),
    },
  });
}

const attachedTo = async (em: EntityManager, fileId: string) =>
  (await selectOne<{ messageId: string | null }>(em, 'select message_id from file where id = ?', [fileId]))?.messageId ?? null;

const filesOf = (em: EntityManager, messageId: string) =>
  select<StoredFileRow>(em, `select ${fileColumns()} from file where message_id = ? order by created_at, id`, [messageId]);

/** RFC 6266: a plain ASCII name for old clients, the real one percent-encoded in UTF-8. */
function disposition(kind: 'inline' | 'attachment', name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A single `bytes=a-b` range within the file, null for the whole file, 'invalid' when it cannot be served. */
function rangeOf(header: string | undefined, size: number) {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (!match[1] && !match[2])) return null;
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start > end || start >= size ? 'invalid' : { start, end };
}

/**
 * The file's bytes, for a signed link (the way browsers fetch it) or for a caller of the file's own project
 * (`Authorization: Bearer`). Unknown, foreign and tampered ids all answer the same way for each.
 */
async function download(app: App, req: IncomingMessage, res: ServerResponse, url: URL) {
  const id = url.pathname.slice('/files/'.length);
  const em = app.orm.em.fork();
  const signed = url.searchParams.has('signature');
  const file = isUuid(id) ? await selectOne<StoredFileRow>(em, `select ${fileColumns()} from file where id = ?`, [id]) : null;
  if (signed) {
    if (!file || !validLink(app.files.secret, file, url.searchParams.get('expires'), url.searchParams.get('signature'))) throw badLink();
  } else {
    const { viewer } = await authenticate(em, req.headers.authorization);
    if (!viewer) throw unauthenticated();
    if (!file || file.projectId !== viewer.project.id) throw noFile();
  }
  const range = rangeOf(req.headers.range, file.size);
  if (range === 'invalid') return void res.writeHead(416, { 'content-range': `bytes */${file.size}` }).end();
  const body = req.method === 'HEAD' ? null : await app.files.storage.get(file.storageKey, range ?? undefined);
  if (req.method !== 'HEAD' && !body) throw noFile();
  const inline = showsInline(file.contentType) && url.searchParams.get('download') !== '1';
  const expires = Number(url.searchParams.get('expires'));
  res.writeHead(range ? 206 : 200, {
    'content-type': file.contentType,
    'content-length': range ? range.end - range.start + 1 : file.size,
    ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${file.size}` } : {}),
    'accept-ranges': 'bytes',
    'content-disposition': disposition(inline ? 'inline' : 'attachment', file.name),
    'x-content-type-options': 'nosniff',
    // Nothing served here may run: no scripts, no plugins, even if a browser were talked into rendering it.
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': signed ? `private, max-age=${Math.max(0, Math.floor(expires - Date.now() / 1000))}` : 'private, no-cache',
  });
  if (!body) return void res.end();
  await pipeline(body, res).catch(() => {});
}
