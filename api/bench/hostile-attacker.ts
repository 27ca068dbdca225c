// The attacker of the hostile load, in a worker thread: its loops must not share the event loop that times the
// steady stream, or the figures would measure the load generator instead of the API.
import { parentPort, workerData } from 'node:worker_threads';
import { hostileDocuments, post, requestBody, type Answer, type HostileName } from './hostile-requests.ts';

export type AttackSetup = { base: string; authorization: string; concurrency: number };
export type AttackRecord = Omit<Answer, 'data' | 'excerpt' | 'cost'> & { document: HostileName; hasCost: boolean; excerpt?: string };

const { base, authorization, concurrency } = workerData as AttackSetup;
const documents = hostileDocuments.map((document) => ({ name: document.name, body: requestBody(document.query) }));

async function attack(seconds: number) {
  const until = performance.now() + seconds * 1000;
  const records: AttackRecord[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      // Each loop cycles the three documents from its own starting point, so all three are always in flight.
      for (let i = loop; performance.now() < until; i++) {
        const document = documents[i % documents.length]!;
        const { data: _data, excerpt, cost, ...answer } = await post(base, document.body, authorization);
        records.push({ ...answer, document: document.name, hasCost: cost !== null, ...(answer.code === null ? { excerpt } : {}) });
      }
    }),
  );
  return records;
}

parentPort!.on('message', (seconds: number) => {
  void attack(seconds).then((records) => parentPort!.postMessage(records));
});
parentPort!.postMessage('ready');
