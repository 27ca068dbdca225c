import type { TimelineItemFragment } from '../../generated/graphql.ts';

type Item = TimelineItemFragment;
/** A change to the client's card (tag, owner, variable, deal, profile…) as the timeline carries it. */
export type CardChange = Extract<Item, { __typename: 'ClientActivity' }>;
/** A message, an internal note or a conversation event (assigned, closed, reopened, transferred…). */
export type Entry = Exclude<Item, CardChange>;

/**
 * One line of the chat window: an entry shown as itself, or consecutive changes to the card by one actor (one
 * change alone is a run of one). `actorId` is null for the bot, the system and API tokens.
 */
export type TimelineRow = { kind: 'entry'; item: Entry } | { kind: 'changes'; actorId: string | null; changes: readonly CardChange[] };

export type RowOptions = {
  // Conversation events and card changes; off leaves only messages and notes.
  systemEvents: boolean;
  // Whether two instants fall on one calendar day as shown: a run of changes never crosses a day separator.
  sameDay: (a: string, b: string) => boolean;
};

const actorOf = (change: CardChange) => change.actor?.id ?? null;

/**
 * The chat window's lines from the timeline's items, oldest first. The one grouping rule: card changes with no
 * message, note or conversation event between them, by the same actor on the same day, make one row. It is a
 * function of the whole loaded list, so a run split across two pages is one row once both are loaded, and a
 * change arriving live joins the run it continues.
 */
export function timelineRows(items: readonly Item[], options: RowOptions): TimelineRow[] {
  const rows: TimelineRow[] = [];
  // The run being built, appended to in place (its row is new in every call).
  let run: CardChange[] | null = null;
  for (const item of items) {
    if (item.__typename !== 'ClientActivity') {
      if (item.__typename === 'ConversationEvent' && !options.systemEvents) continue;
      rows.push({ kind: 'entry', item });
      run = null;
      continue;
    }
    if (!options.systemEvents) continue;
    const previous = run?.[run.length - 1];
    if (run && previous && actorOf(previous) === actorOf(item) && options.sameDay(previous.createdAt, item.createdAt)) run.push(item);
    else rows.push({ kind: 'changes', actorId: actorOf(item), changes: (run = [item]) });
  }
  return rows;
}

/** A row's identity across recomputations: its entry, or the first change of its run. */
export const rowKey = (row: TimelineRow): string => (row.kind === 'entry' ? row.item.id : `changes:${row.changes[0]?.id ?? ''}`);
export const firstAt = (row: TimelineRow): string => (row.kind === 'entry' ? row.item.createdAt : (row.changes[0]?.createdAt ?? ''));
export const lastAt = (row: TimelineRow): string => (row.kind === 'entry' ? row.item.createdAt : (row.changes[row.changes.length - 1]?.createdAt ?? ''));

const sameRow = (a: TimelineRow, b: TimelineRow) =>
  a.kind === 'entry'
    ? b.kind === 'entry' && a.item === b.item
    : b.kind === 'changes' && a.changes.length === b.changes.length && a.changes.every((change, index) => change === b.changes[index]);

/**
 * `next` with every row unchanged since `previous` replaced by its earlier object, so a keyed list re-renders
 * only the rows that changed (a new message, a run that grew) and keeps the others' DOM.
 */
export function keepStable(previous: readonly TimelineRow[], next: readonly TimelineRow[]): TimelineRow[] {
  const byKey = new Map(previous.map((row) => [rowKey(row), row]));
  return next.map((row) => {
    const old = byKey.get(rowKey(row));
    return old && sameRow(old, row) ? old : row;
  });
}
