// The floor for a gateway's hop: a bare `ws` relay (its own process) holding one socket to a raw broadcast server
// (raw-broadcast.ts at UPSTREAM), that sends each frame it gets from there, as is, to every socket open on it. What
// it adds to the raw broadcast is what any process between the sockets and their server costs on this machine.
import { createServer } from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';

const server = createServer((_request, response) => response.end(String(sockets.clients.size)));
const sockets = new WebSocketServer({ server, path: '/graphql' });
const upstream = new WebSocket(process.env.UPSTREAM!);
upstream.on('message', (data: Buffer) => {
  const frame = data.toString();
  for (const socket of sockets.clients) socket.send(frame);
});
upstream.once('open', () => server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready')));
process.on('SIGTERM', () => {
  for (const socket of sockets.clients) socket.terminate();
  upstream.terminate();
  server.close(() => process.exit(0));
});
