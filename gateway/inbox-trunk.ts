// The gateway's side of its trunks to the inbox (the api's api/src/http/gateway-trunk.ts says what they carry): a few
// sockets, each carrying many callers' sockets to the inbox, opened with the trunk secret. Callers take the trunks in
// turn; a load balancer in front of several api nodes spreads the trunks, so the callers, over them. A trunk that
// closes (its api node went away) closes its callers' sockets to the inbox, and the next callers open it again; one
// left without callers closes (the next caller opens it where the balancer then says).
import { EventEmitter } from 'node:events';
import WebSocket from 'ws';

type Trunk = { socket: WebSocket; upstreams: Map<string, Upstream>; queued: string[]; forget(id: string): boolean };

/**
 * A caller's socket to the inbox, as a trunk carries it: it sends graphql-ws messages; the inbox's frames come as
 * `message` (bytes), an event's `next` frames as `next` (text: the part callers share is decoded once a trunk message).
 */
export class Upstream extends EventEmitter<{ message: [frame: Buffer]; next: [frame: string]; close: [code: number, reason: string] }> {
  readonly #trunk: Trunk;
  readonly #id: string;
  readonly #maxBytes: number;
  constructor(trunk: Trunk, id: string, maxBytes: number) {
    super();
    [this.#trunk, this.#id, this.#maxBytes] = [trunk, id, maxBytes];
  }
  send(text: string) {
    const record = `m\t${this.#id}\t${text}`;
    // The inbox takes a message up to its limit, the trunk's record too: one past it would close the whole trunk.
    if (Buffer.byteLength(record) > this.#maxBytes) return this.closed(1009, 'Message too big', true);
    if (this.#trunk.upstreams.has(this.#id)) send(this.#trunk, record);
  }
  /** The caller left: the inbox closes its socket. */
  terminate() {
    if (this.#trunk.upstreams.get(this.#id) !== this) return;
    send(this.#trunk, `c\t${this.#id}\t1000\tThe caller left`);
    this.#trunk.forget(this.#id);
  }
  /** Closed by the inbox, by the trunk's end, or here (`tellInbox`). */
  closed(code: number, reason: string, tellInbox = false) {
    if (tellInbox) this.terminate();
    else if (!this.#trunk.forget(this.#id)) return;
    this.emit('close', code, reason);
  }
}

// Record kinds and separators (api/src/http/gateway-trunk.ts), as bytes.
const [newline, tabByte, messageKind, frameKind, shareKind] = ['\n', '\t', 'm', 'f', 's'].map((character) => character.charCodeAt(0)) as [number, number, number, number, number];

function send(trunk: Trunk, record: string) {
  if (trunk.socket.readyState === trunk.socket.OPEN) trunk.socket.send(record);
  else trunk.queued.push(record);
}

export type TrunkOptions = {
  /** The inbox's graphql-ws address. */
  url: string;
  /** GATEWAY_TRUNK_SECRET, as the api nodes have it. */
  secret: string;
  /** Trunks open at once (GATEWAY_TRUNKS): at least as many as api nodes, for the balancer to spread them. */
  count: number;
  /** The inbox's largest WebSocket message. */
  maxBytes: number;
};

export function inboxTrunks({ url, secret, count, maxBytes }: TrunkOptions) {
  const trunks: (Trunk | undefined)[] = Array.from({ length: count });
  let turn = 0;
  let callers = 0;

  const openTrunk = (slot: number) => {
    const socket = new WebSocket(url, { headers: { authorization: `Trunk ${secret}` } });
    const trunk: Trunk = {
      socket,
      upstreams: new Map(),
      queued: [],
      forget(id) {
        if (!trunk.upstreams.delete(id)) return false;
        if (!trunk.upstreams.size) {
          if (trunks[slot] === trunk) trunks[slot] = undefined;
          socket.close(1000, 'No callers left');
        }
        return true;
      },
    };
    socket.on('open', () => {
      for (const record of trunk.queued) socket.send(record);
      trunk.queued = [];
    });
    // A frame goes on to its caller as a slice of the trunk's message; an event's `next` frame (`f`, sharing its text
    // with others) as its head, the shared text and its tail, one string, as a server that writes one frame to many
    // sockets writes it (a buffer of its own for each would be garbage the size of every frame, each time).
    socket.on('message', (data: Buffer) => {
      const shared: string[] = [];
      for (let start = 0; start < data.length; ) {
        const found = data.indexOf(newline, start);
        const end = found === -1 ? data.length : found;
        const tab = data.indexOf(tabByte, start + 2);
        const kind = data[start];
        if (kind === shareKind) shared[Number(data.toString('latin1', start + 2, tab))] = data.toString('utf8', tab + 1, end);
        const upstream = kind === shareKind ? undefined : trunk.upstreams.get(data.toString('latin1', start + 2, tab));
        if (upstream && kind === messageKind) upstream.emit('message', data.subarray(tab + 1, end));
        else if (upstream && kind === frameKind) {
          const [keyEnd, headEnd] = [data.indexOf(tabByte, tab + 1), data.lastIndexOf(tabByte, end)];
          const text = shared[Number(data.toString('latin1', tab + 1, keyEnd))]!;
          upstream.emit('next', data.toString('utf8', keyEnd + 1, headEnd) + text + data.toString('utf8', headEnd + 1, end));
        } else if (upstream) {
          const rest = data.toString('utf8', tab + 1, end);
          upstream.closed(Number.parseInt(rest, 10), rest.slice(rest.indexOf('\t') + 1));
        }
        start = end + 1;
      }
    });
    // (A trunk closed while connecting, its callers gone, fails too: that is no news.)
    socket.on('error', (error) => trunk.upstreams.size && console.error('[gateway] trunk to the inbox failed:', error.message));
    socket.once('close', (code, reason) => {
      if (code === 4401) console.error(`[gateway] the inbox refused the trunk: ${String(reason)}`);
      if (trunks[slot] === trunk) trunks[slot] = undefined;
      for (const upstream of trunk.upstreams.values()) upstream.closed(1012, 'The api node went away');
    });
    return trunk;
  };

  return {
    /** A caller's socket to the inbox, from the address in `forwardedFor` (its X-Forwarded-For, as a proxy's). */
    connect(forwardedFor: string) {
      const slot = turn++ % count;
      const trunk = (trunks[slot] ??= openTrunk(slot));
      const id = String(++callers);
      const upstream = new Upstream(trunk, id, maxBytes);
      trunk.upstreams.set(id, upstream);
      send(trunk, `o\t${id}\t${forwardedFor}`);
      return upstream;
    },
    /** How many are open (or opening). */
    count: () => trunks.filter(Boolean).length,
    close() {
      for (const trunk of trunks) trunk?.socket.terminate();
    },
  };
}
