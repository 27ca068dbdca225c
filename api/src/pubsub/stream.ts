import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { select, selectOne } from '../db/rows.ts';
import { mapEvents, startWith, streamTopicPattern, type PubSub } from './pubsub.ts';
import { streamErrors } from './stream.errors.ts';

// Stream subscriptions resume where a client left off. Every event on a stream topic is announced with its write
// (outbox.ts), then appended to `stream_event`, numbered in commit order (the migration's `stream_append`), and
// published carrying its cursor; each answer of a subscription carries the cursor in `extensions.cursor`, the socket's
// acknowledgement carries the position at connect time, and a subscription given `after` replays the topic's events
// since, then goes live: nothing missed, nothing twice.

/** How long events are kept, and how old a cursor may be (an hour less, for clocks that differ). */
export const streamRetentionHours = 24;
const cursorMaxAgeMs = (streamRetentionHours - 1) * 3_600_000;

/** At most this many missed events are replayed to one subscription; past that, loading the state again is cheaper. */
export const maxReplay = 500;

/** An event as published on a stream topic: with its place in the log. */
export type StreamEvent = { cursor?: string };

// A cursor: the event's number and when it was numbered (ms), so that one older than the log is refused.
const cursorOf = (seq: string | number, at: number) => `${seq}.${at}`;
function parseCursor(cursor: string) {
  const match = /^(\d{1,19})\.(\d{1,15})$/.exec(cursor);
  if (!match) throw streamErrors.RESUME_POINT_INVALID('after');
  return { seq: match[1]!, at: Number(match[2]) };
}

const seqOf = (cursor: string) => Number(cursor.slice(0, cursor.indexOf('.')));

// The advisory lock `stream_append` takes (the migration's function): a replay takes it shared.
const logLock = `hashtextextended('stream_event', 0)`;

/**
 * Takes up to `limit` events out of the outbox (outbox.ts), oldest first, and logs those of stream topics, numbered
 * in that order: one statement inside the caller's transaction, which then publishes them with their cursors before it
 * commits. The append holds the log's lock until then, so another node's next events, numbered only after these, are
 * published after them, and every subscriber gets a topic's events in number order. `tag` marks the statement.
 */
export async function takeAndLog(tx: EntityManager, limit: number, tag = '') {
  const at = Date.now();
  const rows = await select<{ topic: string; event: object; seq: string | null }>(
    tx,
    `${tag}with taken as (
       delete from outbox_event where id in (select id from outbox_event order by id limit ? for update skip locked) returning id, topic, event),
     streamed as (select id, topic, event, row_number() over (order by id) as n from taken where topic ~ ?),
     numbered as (
       select a.seq, a.n from stream_append((select coalesce(jsonb_agg(jsonb_build_object('topic', topic, 'event', event) order by n), '[]') from streamed)) with ordinality as a(seq, n))
     select t.topic, t.event, numbered.seq from taken t left join streamed s on s.id = t.id left join numbered on numbered.n = s.n order by t.id`,
    [limit, streamTopicPattern.source],
  );
  return rows.map(({ topic, event, seq }) => ({ topic, event, cursor: seq ? cursorOf(seq, at) : null }));
}

/**
 * The log's position: replaying after it gives everything published from then on. Read at most once a second per node
 * (sockets connect by thousands after a restart): an older position only replays a little more.
 */
export function streamPosition(orm: MikroORM) {
  const read = positionReads.get(orm);
  if (read && Date.now() < read.until) return read.cursor;
  const cursor = positionNow(orm.em.fork());
  positionReads.set(orm, { cursor, until: Date.now() + 1000 });
  cursor.catch(() => positionReads.delete(orm));
  return cursor;
}
const positionNow = async (em: EntityManager) => cursorOf((await selectOne<{ seq: string | null }>(em, 'select max(seq) as seq from stream_event'))?.seq ?? 0, Date.now());
const positionReads = new WeakMap<MikroORM, { cursor: Promise<string>; until: number }>();

/**
 * A stream topic's events: with `after` (a cursor), first those logged since it (oldest first), then the live ones,
 * each once. Refused when the cursor is older than the log or more than `maxReplay` events were missed: the caller
 * loads the current state and subscribes again without `after`.
 */
export async function subscribeStream<T extends object>(pubsub: PubSub, em: EntityManager, topic: string, after?: string | null) {
  const from = after ? parseCursor(after) : null;
  if (from && from.at < Date.now() - cursorMaxAgeMs) throw await expired(em);
  // Listening first, reading second: an event published in between comes both ways and is dropped from the live side.
  // An append publishes before it commits: the read waits for the one under way (the log's lock, shared), so an event
  // published before this listened is committed, and read, by then.
  const live = await pubsub.subscribe<T & StreamEvent>(topic);
  if (!from) return live;
  const missed = await em
    .transactional(async (tx) => {
      await tx.execute(`select pg_advisory_xact_lock_shared(${logLock})`);
      return select<{ seq: string; event: T & StreamEvent; createdAt: Date }>(tx, 'select seq, event, created_at from stream_event where topic = ? and seq > ? order by seq limit ?', [
        topic,
        from.seq,
        maxReplay + 1,
      ]);
    })
    .catch(async (error: unknown) => {
      await live.return?.();
      throw error;
    });
  if (missed.length > maxReplay) {
    await live.return?.();
    throw await expired(em);
  }
  // Numbers are given in commit order: every live event numbered up to the last replayed one was in the replay.
  const through = Number(missed.at(-1)?.seq ?? from.seq);
  const fresh = mapEvents(live, (event) => (event.cursor && seqOf(event.cursor) <= through ? null : event));
  return startWith(
    missed.map(({ seq, event, createdAt }) => ({ ...event, cursor: cursorOf(seq, createdAt.getTime()) })),
    fresh,
  );
}

// With the position now, to subscribe again from once the state is loaded afresh.
const expired = async (em: EntityManager) => streamErrors.RESUME_POINT_EXPIRED('after', { max: maxReplay, cursor: await positionNow(em) });

/** Forgets events older than the retention, a batch at a time. Answers how many went. */
export async function purgeStreamEvents(em: EntityManager, batch = 10_000) {
  const rows = await select<{ seq: string }>(
    em,
    `delete from stream_event where seq in (select seq from stream_event where created_at < now() - make_interval(hours => ?) order by seq limit ?) returning seq`,
    [streamRetentionHours, batch],
  );
  return rows.length;
}
