// One fleet of graphql-ws sockets in a process of its own (fleet.ts), driven by the realtime bench over IPC: each
// request gets one answer, in order.
import { Fleet, graphqlWsGreet } from './fleet.ts';

export type FleetRequest =
  | { type: 'connect'; urls: string[]; count: number; authorizations: string[]; subscribe: string }
  | { type: 'heard' }
  | { type: 'expect'; messages: number }
  | { type: 'count' }
  | { type: 'collect' }
  | { type: 'close' };

const fleet = new Fleet();

async function answer(request: FleetRequest) {
  switch (request.type) {
    case 'connect':
      return { ...(await fleet.connect(request.urls, request.count, graphqlWsGreet(request.authorizations, request.subscribe))), closed: fleet.closed };
    case 'heard':
      return fleet.heardCount;
    case 'expect':
      return fleet.expect(request.messages);
    case 'count':
      return fleet.deliveries.count;
    case 'collect': {
      const { index, at, count } = fleet.deliveries;
      return { index: index.slice(0, count), at: at.slice(0, count), closed: fleet.closed };
    }
    case 'close':
      await fleet.close();
      return process.nextTick(() => process.exit(0));
  }
}

process.on('message', (request: FleetRequest) => void answer(request).then((reply) => process.send!({ reply: reply ?? null })));
