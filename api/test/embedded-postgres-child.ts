// A process that starts the embedded PostgreSQL and then just lives, for api/src/db/embedded-postgres.test.ts to
// kill. Usage: node api/test/embedded-postgres-child.ts <dir> <port>. Prints one JSON line once the server accepts
// connections: { "pid": <postmaster pid>, "url": <its URL> }.
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) throw new Error('usage: embedded-postgres-child.ts <dir> <port>');

// Throwaway data, as in global-setup: trade durability for speed.
const speed = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
const server = await startEmbeddedPostgres(dir, Number(port), speed);
console.log(JSON.stringify({ pid: server.pid, url: server.url }));
// The server and its watchdog do not hold the event loop open: this does, until we are killed.
setInterval(() => {}, 60_000);
