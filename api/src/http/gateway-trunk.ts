// A gateway's trunk: one socket from the gateway carrying many callers' graphql-ws sockets, each still a socket of
// its own to this api (signed in by its connection_init, limited, counted, revoked and kept online as any other),
// so that ten thousand operators behind a gateway are not ten thousand more sockets here, and their frames cross in
// a few large writes instead of one small one each. The gateway shows the trunk secret (GATEWAY_TRUNK_SECRET) to
// open one: the secret lets it say which address each caller came from, nothing more.
//
// Records, one per WebSocket message from the gateway, many per message (joined by newlines) to it:
//   `o\t<caller>\t<X-Forwarded-For>`  a caller's socket opened (gateway → api)
//   `m\t<caller>\t<text>`             a graphql-ws message, either way (the api's are JSON: never a raw newline)
//   `c\t<caller>\t<code>\t<reason>`  a caller's socket closed, either way (1006 from the api: cut it)
//   `s\t<key>\t<text>`  a text shared by the frames after it in the same message (api → gateway)
//   `f\t<caller>\t<key>\t<head>\t<tail>`  the `next` frame head + shared text + tail (api → gateway): an event's
//                                       frames differ only by subscription id and cost, so its text crosses once
import { createHash, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import type { WebSocket } from 'ws';

// Frames for the gateway wait at most a turn of the event loop, and go at once past this many bytes, so the gateway
// starts passing one event's frames on while the rest are still being written.
const batchBytes = 64 * 1024;

/** A caller's socket as its trunk carries it: what graphql-ws, the limits and presence use of a `ws` socket. */
export class TrunkedSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  readonly protocol = GRAPHQL_TRANSPORT_WS_PROTOCOL;
  private readonly trunk: ReturnType<typeof carrier>;
  readonly caller: string;
  constructor(trunk: ReturnType<typeof carrier>, caller: string) {
    super();
    [this.trunk, this.caller] = [trunk, caller];
  }
  /** What the trunk could not write yet: the caller's frames wait there with everyone's. */
  get bufferedAmount() {
    return this.trunk.bufferedAmount();
  }
  send(data: string, callback?: (error?: Error) => void) {
    if (this.readyState !== this.OPEN) return;
    this.trunk.write(`m\t${this.caller}\t${data}`);
    if (callback) void this.trunk.flushed().then(callback);
  }
  /** The frame `head + shared + tail`, the shared text written once per trunk message whoever else sends it. */
  sendShared(head: string, shared: string, tail: string) {
    if (this.readyState === this.OPEN) this.trunk.writeShared(this.caller, head, shared, tail);
  }
  /** Once what was written so far has gone to the gateway (a closed trunk's records go nowhere, at once). */
  flushed() {
    return this.trunk.flushed();
  }
  close(code = 1000, reason = '') {
    if (this.readyState !== this.OPEN) return;
    this.trunk.write(`c\t${this.caller}\t${code}\t${reason.replaceAll('\n', ' ')}`);
    this.closed(code, reason);
  }
  /** Cut, as a `ws` socket's terminate: the gateway cuts the caller's. */
  terminate() {
    this.close(1006);
  }
  closed(code: number, reason: string) {
    if (this.readyState !== this.OPEN) return;
    this.readyState = 3;
    this.emit('close', code, Buffer.from(reason));
  }
}

/**
 * The trunk's writes: records gathered into one message a turn (or every `batchBytes`). Who must know when theirs
 * went out waits for the message's promise: one for all its records, not a callback each (ten thousand an event).
 */
function carrier(socket: WebSocket) {
  let records: string[] = [];
  // The shared texts this message defines, by their key.
  let keys = new Map<string, number>();
  let bytes = 0;
  let scheduled: NodeJS.Immediate | null = null;
  // When the message being gathered goes out (made once someone asks), and when the last one did.
  let gathering: PromiseWithResolvers<Error | undefined> | null = null;
  let last: Promise<Error | undefined> = Promise.resolve(undefined);
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    const [batch, sent] = [records, gathering ?? Promise.withResolvers<Error | undefined>()];
    [records, keys, bytes, gathering, last] = [[], new Map(), 0, null, sent.promise];
    // Records for a trunk that closed meanwhile go nowhere, as a closed socket's frames: nobody waits for them.
    if (socket.readyState !== socket.OPEN) return sent.resolve(undefined);
    socket.send(batch.join('\n'), (error) => sent.resolve(error ?? undefined));
  };
  const write = (record: string) => {
    records.push(record);
    bytes += record.length;
    if (bytes >= batchBytes) flush();
    else scheduled ??= setImmediate(flush);
  };
  return {
    // A batch being gathered is not behind: it goes at the end of this turn.
    bufferedAmount: () => socket.bufferedAmount,
    write,
    writeShared(caller: string, head: string, shared: string, tail: string) {
      let key = keys.get(shared);
      if (key === undefined) {
        keys.set(shared, (key = keys.size));
        records.push(`s\t${key}\t${shared}`);
        bytes += shared.length;
      }
      write(`f\t${caller}\t${key}\t${head}\t${tail}`);
    },
    flushed: () => (records.length ? (gathering ??= Promise.withResolvers()).promise : last),
  };
}

/** Whether the upgrade request shows the trunk secret (compared in constant time). */
function showsSecret(request: IncomingMessage, secret: string) {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(request.headers.authorization ?? ''), digest(`Trunk ${secret}`));
}

/**
 * Takes a trunk (a socket opened with `Authorization: Trunk <secret>`) from the graphql-ws server, and hands each
 * caller's socket it carries to `accept` as that server's own; false for any other socket. A trunk without the
 * secret is closed with 4401.
 */
export function gatewayTrunks(secret: string | null, accept: (socket: WebSocket, request: IncomingMessage) => void) {
  return (socket: WebSocket, request: IncomingMessage) => {
    if (!request.headers.authorization?.startsWith('Trunk ')) return false;
    if (!secret || !showsSecret(request, secret)) {
      socket.close(4401, secret ? 'Wrong trunk secret' : 'This api takes no trunks: GATEWAY_TRUNK_SECRET is unset');
      return true;
    }
    const trunk = carrier(socket);
    const callers = new Map<string, TrunkedSocket>();
    socket.on('message', (data) => {
      const text = String(data);
      const [kind, caller] = text.split('\t', 2) as [string, string | undefined];
      if (caller === undefined) return;
      const rest = text.slice(kind.length + caller.length + 2);
      if (kind === 'o' && !callers.has(caller)) {
        const carried = new TrunkedSocket(trunk, caller);
        carried.once('close', () => callers.delete(caller));
        callers.set(caller, carried);
        // The caller's address as any proxy passes it on (clientAddress reads it under TRUST_PROXY_HOPS).
        const callerRequest = { headers: { 'x-forwarded-for': rest }, socket: request.socket } as unknown as IncomingMessage;
        accept(carried as unknown as WebSocket, callerRequest);
      } else if (kind === 'm') callers.get(caller)?.emit('message', rest);
      else if (kind === 'c') {
        const tab = rest.indexOf('\t');
        callers.get(caller)?.closed(Number(rest.slice(0, tab)), rest.slice(tab + 1));
      }
    });
    // The gateway or the trunk went away: so did every caller on it (the gateway tells them to come back).
    socket.once('close', () => {
      for (const carried of callers.values()) carried.closed(1001, 'The gateway trunk closed');
    });
    return true;
  };
}
