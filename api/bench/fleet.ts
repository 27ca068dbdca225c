// The realtime bench's load generator: a fleet of sockets, each delivery's receipt by message index. The bench holds
// one in its own process, or (measuring targets in turns, realtime.ts) one per target in processes of their own
// (fleet-process.ts): a process may not open more than 20,000 files here.
import WebSocket from 'ws';

// The marker each message carries in its text (the product) or frame (raw): `rt~<index>~`.
const marker = Buffer.from('rt~');
export const probeIndex = 999_999_999;

/** Milliseconds on a clock every process of the bench shares. */
export const now = () => performance.timeOrigin + performance.now();

/** What a socket sends when it opens and when it is acknowledged: 'ack' waits for a connection_ack, 'open' does not. */
export type Greet = (socket: WebSocket, index: number) => 'ack' | 'open';

/** A graphql-ws socket: signed in with its authorization on open, subscribed on the acknowledgement. */
export const graphqlWsGreet =
  (authorizations: string[], subscribe: string): Greet =>
  (socket, i) => {
    if (socket.readyState !== WebSocket.OPEN) return 'ack';
    const greeted = socket as WebSocket & { greeted?: boolean };
    if (greeted.greeted) socket.send(subscribe);
    else socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: authorizations[i % authorizations.length] } }));
    greeted.greeted = true;
    return 'ack';
  };

export class Fleet {
  sockets: WebSocket[] = [];
  /** Each delivery: its message's index and when it arrived (`now()`). */
  deliveries = { index: new Uint32Array(0), at: new Float64Array(0), count: 0 };
  heard = new Uint8Array(0);
  heardCount = 0;
  acked: number[] = [];
  /** Sockets the server closed, by close code. */
  closed: Record<number, number> = {};
  frameLength = 0;

  expect(messages: number) {
    const room = messages * this.sockets.length;
    this.deliveries = { index: new Uint32Array(room), at: new Float64Array(room), count: 0 };
  }

  onFrame(socketIndex: number, data: Buffer) {
    const at = data.indexOf(marker);
    if (at < 0) return false;
    let index = 0;
    for (let i = at + marker.length; data[i]! >= 48 && data[i]! <= 57; i++) index = index * 10 + data[i]! - 48;
    if (!this.heard[socketIndex]) {
      this.heard[socketIndex] = 1;
      this.heardCount++;
    }
    if (index === probeIndex) return true;
    this.frameLength ||= data.length;
    const d = this.deliveries;
    if (d.count >= d.index.length) return true;
    d.index[d.count] = index;
    d.at[d.count++] = now();
    return true;
  }

  /** Opens `count` sockets (socket i to `urls[i % urls.length]`), at most 500 handshakes in flight. */
  async connect(urls: string[], count: number, greet: Greet) {
    this.heard = new Uint8Array(count);
    const started = performance.now();
    let next = 0;
    const one = async () => {
      for (let i = next++; i < count; i = next++) {
        await new Promise<void>((resolve) => {
          const socket = new WebSocket(urls[i % urls.length]!, 'graphql-transport-ws', { perMessageDeflate: false });
          this.sockets[i] = socket;
          // A socket refused or closed (before or after its acknowledgement) is counted by its close code; the round
          // goes on with the others (`live` says how many heard the probe).
          socket.on('error', () => {});
          socket.on('close', (code) => {
            this.closed[code] = (this.closed[code] ?? 0) + 1;
            resolve();
          });
          socket.on('message', (data: Buffer) => {
            if (this.onFrame(i, data)) return;
            if (data.includes('connection_ack')) {
              this.acked.push(performance.now() - started);
              greet(socket, i);
              resolve();
            } else if (data.includes('"error"')) console.error(`${urls[0]}: ${data.toString().slice(0, 300)}`);
          });
          socket.on('open', () => {
            if (greet(socket, i) === 'open') {
              this.acked.push(performance.now() - started);
              resolve();
            }
          });
        });
      }
    };
    await Promise.all(Array.from({ length: 500 }, one));
    this.acked.sort((a, b) => a - b);
    return { acked: this.acked.at(-1)!, acked5000: this.acked[Math.min(5000, count) - 1]! };
  }

  async close() {
    for (const socket of this.sockets) {
      socket.removeAllListeners('close');
      socket.terminate();
    }
    this.sockets = [];
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
