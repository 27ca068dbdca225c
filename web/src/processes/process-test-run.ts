import { useClient } from '@urql/solid';
import { createSignal, onCleanup } from 'solid-js';
import type { ProcessTestRunFieldsFragment } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { mutationOutcome } from '../shared/mutation-outcome.ts';
import { processesMessages } from './processes.messages.ts';
import { ProcessTestRunUpdatedSubscription } from './process-test-run.subscription.ts';
import { StopProcessTestMutation } from './stop-process-test.mutation.ts';
import { TestProcessDraftMutation } from './test-process-draft.mutation.ts';

/** A started test run: the run as it moves, its test client, and the widget page that chats as that client. */
export type TestRun = { run: ProcessTestRunFieldsFragment; clientName: string; chatUrl: string };

/**
 * The editor's test run: saves the draft, starts it for the designer's test client (testProcessDraft), follows the
 * run live (processRunUpdated of the test client), restarts it and closes it (stopProcessTest).
 */
export function createTestRun(processId: () => string, options: { save: () => Promise<boolean> }) {
  const t = useMessages(processesMessages);
  const client = useClient();
  const [test, setTest] = createSignal<TestRun | null>(null);
  const [starting, setStarting] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let unsubscribe: (() => void) | null = null;

  const follow = (clientId: string) => {
    unsubscribe?.();
    const subscription = client.subscription(ProcessTestRunUpdatedSubscription, { clientId }).subscribe((result) => {
      const run = result.data?.processRunUpdated;
      // The previous run's last change (its stop) may come after the new run started: only this run counts.
      setTest((current) => (current && run && run.id === current.run.id ? { ...current, run } : current));
    });
    unsubscribe = () => subscription.unsubscribe();
  };

  /** Starts the test run, or starts it again from the beginning with the draft as it is now. */
  const start = async () => {
    setError(null);
    setStarting(true);
    const saved = await options.save();
    if (!saved) {
      setStarting(false);
      return setError(t('test.notSaved'));
    }
    const result = await client.mutation(TestProcessDraftMutation, { input: { processId: processId() } }).toPromise();
    setStarting(false);
    const outcome = mutationOutcome(result, (data) => data.testProcessDraft, t('list.failed'));
    if (outcome.error !== null) return setError(outcome.error);
    const started = outcome.payload.test;
    if (!started) return setError(t('list.failed'));
    const { client: testClient, ...run } = started.run;
    // The widget's own page as the test client (the token in the fragment is never sent to a server).
    const chatUrl = `/widget/${encodeURIComponent(started.widgetKey)}#visitor=${encodeURIComponent(started.visitorToken)}`;
    setTest({ run, clientName: testClient.name, chatUrl });
    follow(testClient.id);
  };

  const close = async () => {
    unsubscribe?.();
    unsubscribe = null;
    const wasRunning = test() !== null;
    setTest(null);
    setError(null);
    if (wasRunning) await client.mutation(StopProcessTestMutation, { input: { processId: processId() } }).toPromise();
  };

  onCleanup(() => {
    unsubscribe?.();
    // Leaving the editor ends the test run too.
    if (test()) void client.mutation(StopProcessTestMutation, { input: { processId: processId() } }).toPromise();
  });

  return { test, starting, error, start, close };
}

export type TestRunControl = ReturnType<typeof createTestRun>;
