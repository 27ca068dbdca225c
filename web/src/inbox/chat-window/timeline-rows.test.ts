import { describe, expect, it } from 'vitest';
import type { TimelineItemFragment } from '../../generated/graphql.ts';
import { keepStable, rowKey, timelineRows, type CardChange, type Entry, type RowOptions } from './timeline-rows.ts';

const anna = { __typename: 'Operator' as const, id: 'op-anna', name: 'Anna Operator' };
const boris = { __typename: 'Operator' as const, id: 'op-boris', name: 'Boris Operator' };
const at = (minute: number, day = 1) => new Date(Date.UTC(2026, 0, day, 10, minute)).toISOString();

const change = (id: string, minute: number, actor: typeof anna | null = anna, day = 1): CardChange => ({
  __typename: 'ClientActivity',
  id,
  activityType: 'TAG_ADDED',
  summary: `change ${id}`,
  data: '{}',
  createdAt: at(minute, day),
  actor,
});
const message = (id: string, minute: number, day = 1) =>
  ({ __typename: 'Message', id, createdAt: at(minute, day), senderKind: 'CLIENT', direction: 'INBOUND', text: id }) as unknown as Entry;
const comment = (id: string, minute: number) => ({ __typename: 'Comment', id, createdAt: at(minute), body: id }) as unknown as Entry;
const event = (id: string, minute: number) => ({ __typename: 'ConversationEvent', id, createdAt: at(minute), type: 'CLOSED' }) as unknown as Entry;

const options: RowOptions = { systemEvents: true, sameDay: (a, b) => a.slice(0, 10) === b.slice(0, 10) };
const shape = (items: TimelineItemFragment[], opts = options) =>
  timelineRows(items, opts).map((row) => (row.kind === 'entry' ? row.item.id : `${row.actorId ?? 'bot'}:${row.changes.map((c) => c.id).join(',')}`));

describe('timeline rows', () => {
  it('makes one row of the card changes between two messages', () => {
    expect(shape([message('m1', 0), change('a', 1), change('b', 2), change('c', 3), message('m2', 4)])).toEqual(['m1', 'op-anna:a,b,c', 'm2']);
  });

  it('starts a new run when the actor changes, so each reads "Anna · 2 changes", "Bot · 1 change"', () => {
    expect(shape([change('a', 1), change('b', 2), change('c', 3, null), change('d', 4, null), change('e', 5, boris)])).toEqual([
      'op-anna:a,b',
      'bot:c,d',
      'op-boris:e',
    ]);
  });

  it('keeps conversation events and notes on their own lines, and they end a run', () => {
    expect(shape([change('a', 1), event('closed', 2), change('b', 3), comment('note', 4), change('c', 5)])).toEqual([
      'op-anna:a',
      'closed',
      'op-anna:b',
      'note',
      'op-anna:c',
    ]);
  });

  it('never lets a run cross midnight, where the day separator stands', () => {
    expect(shape([change('a', 50, anna, 1), change('b', 1, anna, 2)])).toEqual(['op-anna:a', 'op-anna:b']);
  });

  it('leaves only messages and notes when system events are hidden', () => {
    const items = [message('m1', 0), change('a', 1), event('closed', 2), comment('note', 3), change('b', 4), message('m2', 5)];
    expect(shape(items, { ...options, systemEvents: false })).toEqual(['m1', 'note', 'm2']);
  });

  it('shows a run split across two pages as one row once both are loaded', () => {
    const older = [message('m1', 0), change('a', 1), change('b', 2)];
    const newer = [change('c', 3), change('d', 4), message('m2', 5)];
    expect(shape(newer)).toEqual(['op-anna:c,d', 'm2']);
    expect(shape([...older, ...newer])).toEqual(['m1', 'op-anna:a,b,c,d', 'm2']);
  });

  it('adds a change arriving live to the run it continues', () => {
    const before = [message('m1', 0), change('a', 1), change('b', 2)];
    expect(shape([...before, change('c', 3)])).toEqual(['m1', 'op-anna:a,b,c']);
  });

  it('keeps unchanged rows as the same objects, and gives a grown run a new one under the same key', () => {
    const items: TimelineItemFragment[] = [message('m1', 0), change('a', 1), change('b', 2)];
    const arriving = change('c', 3);
    const first = timelineRows(items, options);
    const second = keepStable(first, timelineRows([...items, arriving], options));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(rowKey(second[1]!)).toBe(rowKey(first[1]!));
    const third = keepStable(second, timelineRows([...items, arriving], options));
    expect(third[1]).toBe(second[1]);
  });
});
