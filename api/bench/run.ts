// `npm run bench`: the foundation figures (10,000 clients), the inbox at scale (100,000 clients,
// 1,000,000 messages), the client card on that data set with CRM data, and the steady stream under hostile load.
// BENCH_ONLY=foundation|reads|inbox|search (the inbox part's searches alone)|realtime|card|delivery|webhooks|scheduled|hostile|broadcast|processes|channels runs one (faults, only by name); sizes and rates are in the environment: BENCH_CLIENTS,
// BENCH_RATE, BENCH_SECONDS (foundation), BENCH_READS_ROUNDS, BENCH_READS_SECONDS, BENCH_READS_REQUESTS (reads), BENCH_SCALE_CLIENTS, BENCH_SCALE_MESSAGES_PER_CLIENT (inbox and card),
// BENCH_SUBSCRIBERS, BENCH_SCALE_RATE, BENCH_SEARCH_SAMPLES (inbox), BENCH_RT_SOCKETS, BENCH_RT_RATES, BENCH_RT_SECONDS, BENCH_RT_ROUNDS, BENCH_RT_SESSIONS, BENCH_RT_TARGETS, BENCH_RT_IN_TURNS (realtime), BENCH_CARD_REQUESTS (card), BENCH_HOSTILE_CLIENTS,
// BENCH_HOSTILE_SECONDS, BENCH_HOSTILE_ROUNDS, BENCH_HOSTILE_CONCURRENCY, BENCH_HOSTILE_STEADY_SESSIONS (hostile),
// BENCH_DELIVERY_MESSAGES, BENCH_DELIVERY_CONCURRENCY, BENCH_DELIVERY_BACKLOG (delivery), BENCH_SCHEDULED_MESSAGES
// (scheduled), BENCH_FAULTS_SECONDS, BENCH_FAULTS_SCHEDULED (faults), BENCH_BROADCAST_CLIENTS, BENCH_BROADCAST_REALISTIC_RATE, BENCH_BROADCAST_REALISTIC_SECONDS (broadcast),
// BENCH_PROCESS_CLIENTS, BENCH_PROCESS_RATE, BENCH_PROCESS_SECONDS (processes), BENCH_CHANNELS_RATE, BENCH_CHANNELS_SECONDS,
// BENCH_CHANNELS_ROUNDS, BENCH_CHANNELS_REPEATS (a share, 0.02), BENCH_CHANNELS_SENDERS, BENCH_CHANNELS_OUTBOUND,
// BENCH_CHANNELS_BOTS (channels).
// BENCH_DATABASE_URL (a PostgreSQL server's URL; the embedded one otherwise) and TEMPORAL_ADDRESS use existing servers.
import { broadcastBench } from './broadcast.ts';
import { cardBench } from './card.ts';
import { channelsBench } from './channels.ts';
import { deliveryBench } from './delivery.ts';
import { webhooksBench } from './webhooks.ts';
import { faultsBench } from './faults.ts';
import { scheduledBench } from './scheduled.ts';
import { processesBench } from './processes.ts';
import { readsBench } from './reads.ts';
import { foundationBench } from './foundation.ts';
import { cleanups } from './harness.ts';
import { hostileBench } from './hostile.ts';
import { inboxScaleBench } from './inbox-scale.ts';
import { inTurnsBench, realtimeBench, type TargetName } from './realtime.ts';

const only = process.env.BENCH_ONLY;
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

try {
  if (!only || only === 'foundation') {
    await foundationBench({ clients: env('BENCH_CLIENTS', 10_000), rate: env('BENCH_RATE', 200), seconds: env('BENCH_SECONDS', 10) });
  }
  if (!only || only === 'reads') {
    await readsBench({
      clients: env('BENCH_CLIENTS', 10_000),
      rounds: env('BENCH_READS_ROUNDS', 3),
      seconds: env('BENCH_READS_SECONDS', 5),
      requests: env('BENCH_READS_REQUESTS', 300),
    });
  }
  if (!only || only === 'inbox' || only === 'search') {
    await inboxScaleBench({
      searchOnly: only === 'search',
      searchSamples: env('BENCH_SEARCH_SAMPLES', 40),
      clients: env('BENCH_SCALE_CLIENTS', 100_000),
      messagesPerClient: env('BENCH_SCALE_MESSAGES_PER_CLIENT', 10),
      subscribers: env('BENCH_SUBSCRIBERS', 1000),
      rate: env('BENCH_SCALE_RATE', 10),
      seconds: env('BENCH_SECONDS', 10),
    });
  }
  if (!only || only === 'realtime') {
    // BENCH_RT_IN_TURNS=1: the product's targets measured in turns within each round (the hops' costs, issue 14).
    await (process.env.BENCH_RT_IN_TURNS === '1' ? inTurnsBench : realtimeBench)({
      sockets: env('BENCH_RT_SOCKETS', 10_000),
      rates: (process.env.BENCH_RT_RATES ?? '2,10').split(',').map(Number),
      seconds: env('BENCH_RT_SECONDS', 10),
      rounds: env('BENCH_RT_ROUNDS', 2),
      // 0: a session for each socket (each an operator's browser); N: N sessions of one operator, shared in turn.
      sessions: env('BENCH_RT_SESSIONS', 0),
      // product,two nodes,gateway,raw (issue 14's side by side); product,raw by default.
      targets: (process.env.BENCH_RT_TARGETS ?? 'product,raw').split(',').map((name) => name.trim()) as TargetName[],
    });
  }
  if (!only || only === 'card') {
    await cardBench({
      clients: env('BENCH_SCALE_CLIENTS', 100_000),
      messagesPerClient: env('BENCH_SCALE_MESSAGES_PER_CLIENT', 10),
      requests: env('BENCH_CARD_REQUESTS', 300),
    });
  }
  if (!only || only === 'delivery') {
    await deliveryBench({ messages: env('BENCH_DELIVERY_MESSAGES', 2000), concurrency: env('BENCH_DELIVERY_CONCURRENCY', 8), backlog: env('BENCH_DELIVERY_BACKLOG', 10_000) });
  }
  if (!only || only === 'webhooks') {
    await webhooksBench({ messages: env('BENCH_WEBHOOK_MESSAGES', 2000), conversations: env('BENCH_WEBHOOK_CONVERSATIONS', 50), concurrency: env('BENCH_WEBHOOK_CONCURRENCY', 8) });
  }
  if (!only || only === 'scheduled') {
    await scheduledBench({ messages: env('BENCH_SCHEDULED_MESSAGES', 10_000), concurrency: env('BENCH_DELIVERY_CONCURRENCY', 8) });
  }
  // Kills processes on purpose: only when asked for.
  if (only === 'faults') {
    await faultsBench({ seconds: env('BENCH_FAULTS_SECONDS', 60), concurrency: env('BENCH_DELIVERY_CONCURRENCY', 8), scheduled: env('BENCH_FAULTS_SCHEDULED', 300) });
  }
  if (!only || only === 'broadcast') {
    await broadcastBench({
      clients: env('BENCH_BROADCAST_CLIENTS', 100_000),
      realisticRate: env('BENCH_BROADCAST_REALISTIC_RATE', 80),
      realisticSeconds: env('BENCH_BROADCAST_REALISTIC_SECONDS', 20),
    });
  }
  if (!only || only === 'processes') {
    await processesBench({ clients: env('BENCH_PROCESS_CLIENTS', 10_000), rate: env('BENCH_PROCESS_RATE', 100), seconds: env('BENCH_PROCESS_SECONDS', 10) });
  }
  if (!only || only === 'channels') {
    await channelsBench({
      rate: env('BENCH_CHANNELS_RATE', 1000),
      seconds: env('BENCH_CHANNELS_SECONDS', 10),
      rounds: env('BENCH_CHANNELS_ROUNDS', 2),
      repeats: env('BENCH_CHANNELS_REPEATS', 0.02),
      senders: env('BENCH_CHANNELS_SENDERS', 1000),
      outbound: env('BENCH_CHANNELS_OUTBOUND', 2000),
      bots: env('BENCH_CHANNELS_BOTS', 4),
    });
  }
  if (!only || only === 'hostile') {
    await hostileBench({
      clients: env('BENCH_HOSTILE_CLIENTS', 10_000),
      seconds: env('BENCH_HOSTILE_SECONDS', 10),
      rounds: env('BENCH_HOSTILE_ROUNDS', 3),
      concurrency: env('BENCH_HOSTILE_CONCURRENCY', 8),
      // By default as many as the stream's rate needs (see hostile.ts).
      steadySessions: process.env.BENCH_HOSTILE_STEADY_SESSIONS ? Number(process.env.BENCH_HOSTILE_STEADY_SESSIONS) : undefined,
    });
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e: unknown) => console.error(e));
}
