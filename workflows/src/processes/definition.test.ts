import { describe, expect, it } from 'vitest';
import { checkAnswer, delayEnd, follow, parseDefinition, problemsOf, type Definition } from './definition.ts';

const definition = (input: object): Definition => {
  const parsed = parseDefinition(input);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed.definition;
};
const known = new Set(['name', 'age']);

describe('a definition', () => {
  it('takes a SCHEDULE trigger (weekdays at a time, or every N hours, for a segment) and refuses two with one id or a wrong time', () => {
    const schedule = (id: string, every: object) => ({ type: 'SCHEDULE', id, every, segment: { kind: 'CONDITIONS', conditions: [{ field: 'VARIABLE', variable: 'tier', equals: 'gold' }] } });
    const parsed = definition({ start: 'a', blocks: [{ id: 'a', number: 1, type: 'END' }], triggers: [schedule('s1', { kind: 'DAYS', days: [1, 5], time: '09:00' }), schedule('s1', { kind: 'HOURS', hours: 6 })] });
    expect(parsed.triggers[0]).toMatchObject({ type: 'SCHEDULE', segment: { kind: 'CONDITIONS', match: 'ALL' } });
    expect(problemsOf(parsed, known)).toEqual([
      { code: 'UNKNOWN_VARIABLE', blockId: null, detail: 'tier' },
      { code: 'DUPLICATE_ID', blockId: null, detail: 's1' },
      { code: 'UNKNOWN_VARIABLE', blockId: null, detail: 'tier' },
    ]);
    expect(parseDefinition({ triggers: [schedule('s2', { kind: 'DAYS', days: [1], time: '25:00' })] })).toEqual({ problem: 'triggers.0.every.time: a time HH:MM' });
    expect(parseDefinition({ triggers: [schedule('s3', { kind: 'HOURS', hours: 0 })] })).toMatchObject({ problem: expect.stringContaining('triggers.0.every.hours') });
  });

  it('fills defaults and names the first wrong field', () => {
    expect(definition({ blocks: [{ id: 'a', number: 1, type: 'END' }] }).blocks[0]).toMatchObject({ name: '', color: 'GRAY', position: { x: 0, y: 0 } });
    expect(parseDefinition({ blocks: [{ id: 'a b', number: 1, type: 'END' }] })).toEqual({ problem: 'blocks.0.id: an id of letters, digits, _ and -' });
    expect(parseDefinition({ blocks: [{ id: 'a', number: 1, type: 'SHOUT' }] })).toMatchObject({ problem: expect.stringContaining('blocks.0.type') });
  });

  it('lists what keeps it from publishing: start, open branches, unreachable blocks, unknown variables, loops without a wait', () => {
    const problems = problemsOf(
      definition({
        start: 'a',
        blocks: [
          { id: 'a', number: 1, type: 'CONDITION', conditions: [{ field: 'UNREAD', is: true }] },
          { id: 'b', number: 2, type: 'MESSAGE', text: 'Hi #{nickname}' },
          { id: 'c', number: 2, type: 'ACTION', action: 'ADD_TAG', targetId: 't' },
          { id: 'lost', number: 4, type: 'END' },
        ],
        connections: [{ from: 'a', port: 'yes', to: 'b' }, { from: 'b', port: 'next', to: 'c' }, { from: 'c', port: 'next', to: 'a' }, { from: 'b', port: 'sideways', to: 'c' }],
      }),
      known,
    );
    expect(problems.map(({ code, blockId }) => `${code} ${blockId}`).sort()).toEqual(
      ['DANGLING a', 'DUPLICATE_NUMBER c', 'LOOP_WITHOUT_WAIT a', 'UNKNOWN_PORT b', 'UNKNOWN_VARIABLE b', 'UNREACHABLE lost'].sort(),
    );
    expect(problemsOf(definition({ blocks: [] }), known)).toEqual([{ code: 'NO_START', blockId: null, detail: 'Choose the block a run starts at.' }]);
  });

  it('accepts a loop that waits, and a last block with no way on', () => {
    const looping = definition({
      start: 'ask',
      blocks: [
        { id: 'ask', number: 1, type: 'QUESTION', text: 'Age?', expect: 'NUMBER', variable: 'age' },
        { id: 'again', number: 2, type: 'GOTO', target: 'ask' },
      ],
      connections: [{ from: 'ask', port: 'answered', to: 'again' }],
    });
    expect(problemsOf(looping, known)).toEqual([]);
    expect(follow(looping, 'again', 'next')).toBe('ask');
    expect(follow(looping, 'ask', 'invalid')).toBeNull();
  });
});

describe('an answer', () => {
  it('is checked by what the question expects', () => {
    expect(checkAnswer('NUMBER', ' 1 234,5 ', [])).toEqual({ value: 1234.5 });
    expect(checkAnswer('NUMBER', 'many', [])).toBeNull();
    expect(checkAnswer('EMAIL', 'Anna@Example.COM', [])).toEqual({ value: 'anna@example.com' });
    expect(checkAnswer('EMAIL', 'anna@', [])).toBeNull();
    expect(checkAnswer('PHONE', '+7 (900) 100-20-30', [])).toEqual({ value: '+79001002030' });
    expect(checkAnswer('PHONE', '12', [])).toBeNull();
    expect(checkAnswer('BUTTON', 'да', ['Да', 'Нет'])).toEqual({ value: 'Да' });
    expect(checkAnswer('BUTTON', 'maybe', ['Да', 'Нет'])).toBeNull();
    expect(checkAnswer('TEXT', '   ', [])).toBeNull();
  });
});

describe('a delay', () => {
  const at = Date.parse('2026-12-04T10:00:00Z'); // a Friday, 13:00 in Moscow
  it('ends after a duration, at a time, or at the next listed weekday and time in the project’s zone', () => {
    expect(delayEnd({ kind: 'DURATION', seconds: 90 }, at, 'UTC')).toBe(at + 90_000);
    expect(delayEnd({ kind: 'UNTIL', at: '2026-12-05T09:00:00+03:00' }, at, 'UTC')).toBe(Date.parse('2026-12-05T06:00:00Z'));
    // Friday 14:00 Moscow is still ahead today; Friday 12:00 is past, so next Monday 12:00.
    expect(new Date(delayEnd({ kind: 'WEEKDAY', days: [5], time: '14:00' }, at, 'Europe/Moscow')).toISOString()).toBe('2026-12-04T11:00:00.000Z');
    expect(new Date(delayEnd({ kind: 'WEEKDAY', days: [1, 5], time: '12:00' }, at, 'Europe/Moscow')).toISOString()).toBe('2026-12-07T09:00:00.000Z');
    // Across a clock change: 09:00 in Berlin on Monday 30 March 2026 is 07:00 UTC (summer time).
    expect(new Date(delayEnd({ kind: 'WEEKDAY', days: [1], time: '09:00' }, Date.parse('2026-03-28T12:00:00Z'), 'Europe/Berlin')).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
});
