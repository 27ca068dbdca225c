import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { selectOne } from '../db/rows.ts';
import { fileUrl } from './file-links.ts';

// Uploads, the library and download links, against a real server with a small upload limit (64 KB).
let api: TestApi;
let filesDir: string;
let owner: string;
let operator: string;
let outsider: string;

const maxBytes = 64 * 1024;
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'inbox-files-test-'));
  api = await startTestApi({ worker: false, files: { dir: filesDir, maxBytes } });
  await api.seed({ clients: 2 });
  await api.seed({ clients: 2, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  owner = await api.login('owner@demo.test', 'demo-owner');
  operator = await api.login('anna@demo.test', 'demo-operator');
  outsider = await api.login('owner@other.test', 'demo-owner');
});
afterAll(async () => {
  await api?.stop();
  await rm(filesDir, { recursive: true, force: true });
});

type UploadOptions = { type?: string; name?: string; library?: boolean; token?: string | null };

async function upload(body: BodyInit, options: UploadOptions = {}) {
  const query = new URLSearchParams({ name: options.name ?? 'photo.png', ...(options.library ? { library: '1' } : {}) });
  const token = options.token === undefined ? owner : options.token;
  const response = await fetch(`${api.url}/files?${query}`, {
    method: 'POST',
    headers: { 'content-type': options.type ?? 'image/png', ...(token ? { authorization: token } : {}) },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** The links point at PUBLIC_URL (http://inbox.test in tests): the same path on the test server. */
const local = (url: string) => url.replace('http://inbox.test', api.url);

const storedFiles = async () => (await readdir(filesDir, { recursive: true })).filter((path) => /\/[0-9a-f-]{36}$/.test(path)).sort();
const fileRows = async () => (await selectOne<{ n: number }>(api.app.orm.em.fork(), 'select count(*)::int as n from file'))!.n;

describe('uploads and downloads', () => {
  it('stores an upload and serves it back through its signed link with its type, name and nosniff', async () => {
    const { status, body } = await upload(png, { name: 'Фото заказа.png' });
    expect(status).toBe(201);
    expect(body.file).toMatchObject({ kind: 'IMAGE', name: 'Фото заказа.png', contentType: 'image/png', size: png.length, library: false });

    const shown = await fetch(local(body.file.url));
    expect(shown.status).toBe(200);
    expect(Buffer.from(await shown.arrayBuffer())).toEqual(png);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect(shown.headers.get('content-disposition')).toBe(`inline; filename="____ ______.png"; filename*=UTF-8''${encodeURIComponent('Фото заказа.png')}`);

    const saved = await fetch(local(body.file.downloadUrl));
    expect(saved.headers.get('content-disposition')).toMatch(/^attachment; /);

    // The same bytes for a caller of the project with its bearer token, and a part of them on a Range request.
    const id = new URL(body.file.url).pathname;
    const bearer = await fetch(`${api.url}${id}`, { headers: { authorization: operator } });
    expect(Buffer.from(await bearer.arrayBuffer())).toEqual(png);
    const part = await fetch(`${api.url}${id}`, { headers: { authorization: operator, range: 'bytes=1-3' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('PNG');
  });

  it('always downloads documents rather than showing them', async () => {
    const { body } = await upload(pdf, { type: 'application/pdf', name: 'price.pdf' });
    expect(body.file).toMatchObject({ kind: 'DOCUMENT', contentType: 'application/pdf' });
    const response = await fetch(local(body.file.url));
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="price.pdf"; filename*=UTF-8''price.pdf`);
    expect(await response.text()).toBe(pdf.toString());
  });

  it('refuses types off the allow-list (415), content that is not what it claims (415), empty and too large files (413), storing nothing', async () => {
    const rows = await fileRows();
    const stored = await storedFiles();
    const html = await upload('<script>alert(1)</script>', { type: 'text/html', name: 'x.html' });
    expect(html.status).toBe(415);
    expect(html.body.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('not accepted') });
    const svg = await upload('<svg onload="alert(1)"/>', { type: 'image/svg+xml' });
    expect(svg.status).toBe(415);

    const disguised = await upload('<script>alert(1)</script>', { type: 'image/png' });
    expect(disguised).toMatchObject({ status: 415, body: { error: { message: "The file's content is not image/png." } } });
    const binaryText = await upload(Buffer.from([0x4d, 0x5a, 0x00, 0x90]), { type: 'text/plain', name: 'notes.txt' });
    expect(binaryText.status).toBe(415);

    const empty = await upload(Buffer.alloc(0));
    expect(empty.status).toBe(400);

    const tooLarge = await upload(Buffer.concat([png, Buffer.alloc(maxBytes)]));
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: 'INVALID_INPUT', message: 'The file is larger than 0.1 MB.' } } });
    // Without a Content-Length, the stream is cut off once it passes the limit.
    const chunks = [png, Buffer.alloc(maxBytes / 2), Buffer.alloc(maxBytes / 2)];
    const streamed = await upload(new ReadableStream({ pull: (controller) => (chunks.length ? controller.enqueue(chunks.shift()) : controller.close()) }));
    expect(streamed.status).toBe(413);

    expect(await fileRows()).toBe(rows);
    expect(await storedFiles()).toEqual(stored);
    expect((await readdir(filesDir, { recursive: true })).filter((path) => path.endsWith('.part'))).toEqual([]);
  });

  it('needs a token to upload, and answers JSON errors', async () => {
    const anonymous = await upload(png, { token: null });
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('signed links', () => {
  it('refuses a tampered, foreign or expired link, and an unsigned request without a token', async () => {
    const { body } = await upload(png);
    const good = new URL(local(body.file.url));
    const id = good.pathname.split('/').pop()!;
    const row = (await selectOne<{ id: string; projectId: string }>(api.app.orm.em.fork(), 'select id, project_id from file where id = ?', [id]))!;
    const { body: other } = await upload(pdf, { type: 'application/pdf', name: 'other.pdf' });
    const otherId = new URL(other.file.url).pathname.split('/').pop()!;

    const refusedWith = async (url: string) => {
      const response = await fetch(url);
      return { status: response.status, body: (await response.json()) as any };
    };
    const variants = {
      signature: `${good.origin}${good.pathname}?expires=${good.searchParams.get('expires')}&signature=${'A'.repeat(43)}`,
      expiry: `${good.origin}${good.pathname}?expires=${Number(good.searchParams.get('expires')) + 3600}&signature=${good.searchParams.get('signature')}`,
      file: `${good.origin}/files/${otherId}${good.search}`,
      expired: local(fileUrl(api.app.publicUrl, api.app.files.secret, row, { now: Date.now() - 14 * 3600_000 })),
      otherSecret: local(fileUrl(api.app.publicUrl, Buffer.from('not the server secret at all'), row)),
    };
    for (const [what, url] of Object.entries(variants)) {
      expect(await refusedWith(url), what).toEqual({ status: 403, body: { error: { code: 'FORBIDDEN', message: 'This link is invalid or has expired.' } } });
    }
    expect((await fetch(`${good.origin}${good.pathname}`)).status).toBe(401);
    expect((await fetch(good)).status).toBe(200);
  });
});

describe('the library', () => {
  const library = `query($after: String) {
    fileLibrary(first: 2, after: $after) { edges { node { id name kind size uploadedBy { name } } } pageInfo { hasNextPage endCursor } }
    fileLibraryUsage { count limit }
  }`;

  it('keeps files up to the project’s limit and refuses more with a clear error, storing nothing', async () => {
    await api.app.orm.em.fork().execute(`update project set file_library_limit = 3 where name = 'Demo Shop'`);
    for (const name of ['a.png', 'b.png', 'c.png']) expect((await upload(png, { name, library: true })).status).toBe(201);
    const stored = await storedFiles();

    const full = await upload(png, { name: 'd.png', library: true });
    expect(full).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', message: 'The file library is full (3 files): delete files you no longer need to add new ones.' } },
    });
    expect(await storedFiles()).toEqual(stored);

    const first: any = await api.gql(library, {}, operator);
    expect(first.data.fileLibraryUsage).toEqual({ count: 3, limit: 3 });
    expect(first.data.fileLibrary.edges.map((e: any) => e.node.name)).toEqual(['c.png', 'b.png']);
    expect(first.data.fileLibrary.edges[0].node).toMatchObject({ kind: 'IMAGE', size: png.length, uploadedBy: { name: 'Olivia Owner' } });
    const second: any = await api.gql(library, { after: first.data.fileLibrary.pageInfo.endCursor }, operator);
    expect(second.data.fileLibrary.edges.map((e: any) => e.node.name)).toEqual(['a.png']);
    expect(second.data.fileLibrary.pageInfo.hasNextPage).toBe(false);

    // Room again after a delete; only managers and up manage the library.
    const oldest = second.data.fileLibrary.edges[0].node.id;
    const remove = 'mutation($id: ID!) { deleteLibraryFile(input: { fileId: $id }) { deletedId userErrors { code } } }';
    expect(((await api.gql(remove, { id: oldest }, operator)) as any).data.deleteLibraryFile.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
    expect((await upload(png, { library: true, token: operator })).status).toBe(403);
    expect(((await api.gql(remove, { id: oldest }, owner)) as any).data.deleteLibraryFile).toEqual({ deletedId: oldest, userErrors: [] });
    expect((await storedFiles()).length).toBe(stored.length - 1);
    expect((await upload(png, { name: 'd.png', library: true })).status).toBe(201);    await api.app.orm.em.fork().execute(`update project set file_library_limit = 200`);
  });
});

describe('tenancy', () => {
  it('keeps another project’s owner from listing, downloading, attaching and deleting the files', async () => {
    const { body } = await upload(png, { library: true, name: 'ours.png' });
    const fileId = body.file.id;
    const path = new URL(body.file.url).pathname;

    const theirs: any = await api.gql('{ fileLibrary { edges { node { id } } } }', {}, outsider);
    expect(theirs.data.fileLibrary.edges).toEqual([]);
    const node: any = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: fileId }, outsider);
    expect(node).toEqual({ data: { node: null } });
    expect(((await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: fileId }, owner)) as any).data.node).toEqual({ id: fileId });

    expect((await fetch(`${api.url}${path}`, { headers: { authorization: outsider } })).status).toBe(404);

    const removed: any = await api.gql('mutation($id: ID!) { deleteLibraryFile(input: { fileId: $id }) { userErrors { code } } }', { id: fileId }, outsider);
    expect(removed.data.deleteLibraryFile.userErrors).toEqual([{ code: 'NOT_FOUND' }]);

    // Their own conversation, our file: not found, and no message is stored.
    const conversations: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, outsider);
    const conversationId = conversations.data.conversations.edges[0].node.id;
    const before = await selectOne<{ n: number }>(api.app.orm.em.fork(), 'select count(*)::int as n from message');
    const sent: any = await api.gql(
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { code field } } }',
      { input: { conversationId, text: 'see attached', fileIds: [fileId] } },
      outsider,
    );
    expect(sent.data.sendMessage).toEqual({ message: null, userErrors: [{ code: 'NOT_FOUND', field: 'fileIds' }] });
    expect(await selectOne(api.app.orm.em.fork(), 'select count(*)::int as n from message')).toEqual(before);
  });
});
