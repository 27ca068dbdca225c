import { expect, it } from 'vitest';
import { backgroundCalls } from './background-calls.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('lets a call on its way finish before close resolves (the connection it uses closes after), for a bounded time', async () => {
  const background = backgroundCalls('test', 3);
  let finished = false;
  background.run('finish', async () => {
    await sleep(200);
    finished = true;
  });
  await background.close();
  expect(finished).toBe(true);

  // A call that never answers holds the close no longer than asked; nothing runs once closed.
  const stuck = backgroundCalls('test', 3);
  stuck.run('hang', () => new Promise(() => {}));
  const started = Date.now();
  await stuck.close(100);
  expect(Date.now() - started).toBeLessThan(1000);
  let ran = false;
  stuck.run('late', async () => void (ran = true));
  expect(ran).toBe(false);
});

it('drops a retry that waits when closed', async () => {
  const background = backgroundCalls('test', 3);
  let calls = 0;
  background.run('fail', async () => {
    calls++;
    throw new Error('Temporal unreachable');
  });
  await sleep(20);
  await background.close();
  await sleep(1200);
  expect(calls).toBe(1);
});
