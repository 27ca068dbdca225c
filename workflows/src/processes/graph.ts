// The parts of a process definition that the run workflow needs: where a block leads, and when a delay ends. No
// zod here (definition.ts holds the schema): workflow code stays small, as every run keeps its own copy of it.
import type { BlockType, Definition, Wait } from './definition.ts';

/** The ports each block type leaves by; a connection starts at one of them. */
export const portsOf: Record<BlockType, readonly string[]> = {
  MESSAGE: ['next'],
  QUESTION: ['answered', 'invalid', 'timeout'],
  DELAY: ['next'],
  CONDITION: ['yes', 'no'],
  ACTION: ['next'],
  HANDOFF: ['next'],
  HTTP: ['success', 'failure'],
  GOTO: [],
  START_PROCESS: ['next'],
  END: [],
};

export const blockById = (definition: Definition, blockId: string) => definition.blocks.find((block) => block.id === blockId);

/** Where a block's port leads (null: nowhere, the run ends there). */
export function follow(definition: Definition, from: string, port: string): string | null {
  const block = blockById(definition, from);
  if (block?.type === 'GOTO') return block.target;
  return definition.connections.find((connection) => connection.from === from && connection.port === port)?.to ?? null;
}

/** When a delay ends, given its start (`now`) and the project's time zone. */
export function delayEnd(wait: Wait, now: number, timeZone: string): number {
  if (wait.kind === 'DURATION') return now + wait.seconds * 1000;
  if (wait.kind === 'UNTIL') return Date.parse(wait.at);
  const [hour, minute] = wait.time.split(':').map(Number) as [number, number];
  // Walk day by day (in the zone's wall clock) to the first listed weekday whose time is still ahead.
  for (let day = 0; day <= 7; day++) {
    const wall = wallClock(now + day * 86_400_000, timeZone);
    if (!wait.days.includes(wall.weekday)) continue;
    const at = zonedInstant(wall.year, wall.month, wall.day, hour, minute, timeZone);
    if (at > now) return at;
  }
  return now + 7 * 86_400_000;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), weekday: weekdays[parts.weekday!]! };
}

// The instant at which the zone's clock shows this wall time (the offset taken twice, for clock changes).
function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offset = (at: number) => {
    const wall = wallClock(at, timeZone);
    return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - Math.floor(at / 60_000) * 60_000;
  };
  const first = asUtc - offset(asUtc);
  return asUtc - offset(first);
}
