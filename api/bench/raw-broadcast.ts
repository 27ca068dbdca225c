// The floor the realtime bench compares subscriptions with: a bare `ws` server (its own process) that sends the
// frame it is given, as is, to every open socket. POST /broadcast with the frame as the body.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    if (request.url === '/broadcast') {
      const frame = Buffer.concat(chunks).toString();
      for (const socket of sockets.clients) socket.send(frame);
    }
    response.end(String(sockets.clients.size));
  });
});
// The load generator's keep-alive connection stays open between rounds (a reset one would lose a broadcast).
server.keepAliveTimeout = 0;
const sockets = new WebSocketServer({ server, path: '/graphql' });
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  for (const socket of sockets.clients) socket.terminate();
  server.close(() => process.exit(0));
});
