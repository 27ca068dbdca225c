import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { createSubscription, useClient } from '@urql/solid';
import { batch, createEffect, createSignal, on } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { CreateTaskInput, TaskItemFragment } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { plain } from '../../../shared/plain.ts';
import { mutationOutcome } from '../../../shared/mutation-outcome.ts';
import { failureText } from '../../../shared/refusal-text.ts';
import { useLive } from '../../live-context.ts';
import { ClientTaskEventsSubscription } from './client-task-events.subscription.ts';
import { ClientTasksQuery } from './client-tasks.query.ts';
import { CompleteTaskMutation } from './complete-task.mutation.ts';
import { CreateTaskMutation } from './create-task.mutation.ts';
import { DeleteTaskMutation } from './delete-task.mutation.ts';
import { ReopenTaskMutation } from './reopen-task.mutation.ts';
import { tasksMessages } from './tasks.messages.ts';

type Payload = { userErrors: readonly { message: string }[] };

/**
 * One client's tasks for the card: the open ones (the completed ones too on demand), reloaded whenever anyone
 * changes one of the client's tasks (a client has few) and after a reconnect. A refusal stays in `error`.
 */
export const createClientTasks = (clientId: string) => {
  const urql = useClient();
  const live = useLive();
  const t = useMessages(tasksMessages);
  const [showCompleted, setShowCompleted] = createSignal(false);
  const [state, setState] = createStore<{ items: TaskItemFragment[] }>({ items: [] });
  const [loaded, setLoaded] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const result = await urql.query(ClientTasksQuery, { clientId, includeCompleted: showCompleted() }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    const node = result.data?.node;
    if (!node || !('tasks' in node)) return setError(failureText(result.error, t('loadFailed')));
    batch(() => {
      setError(null);
      setLoaded(true);
      setState('items', reconcile(plain(node.tasks)));
    });
  };
  createEffect(on(showCompleted, () => void load()));
  createEffect(on(live.resyncs, (count) => count > 0 && void load(), { defer: true }));
  createSubscription({ query: ClientTaskEventsSubscription, variables: { clientId } }, (_previous, data) => {
    void load();
    return data;
  });

  const perform = async <Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => Payload,
  ): Promise<boolean> => {
    setBusy(true);
    setError(null);
    const { payload, error } = mutationOutcome(await urql.mutation(document, variables).toPromise(), payloadOf, t('failed'));
    setBusy(false);
    setError(error);
    if (payload) void load();
    return Boolean(payload);
  };

  return {
    get items() {
      return state.items;
    },
    loaded,
    error,
    busy,
    showCompleted,
    setShowCompleted,
    create: (input: Omit<CreateTaskInput, 'clientId'>) => perform(CreateTaskMutation, { input: { ...input, clientId } }, (d) => d.createTask),
    setCompleted: (taskId: string, completed: boolean) =>
      completed
        ? perform(CompleteTaskMutation, { input: { taskId } }, (d) => d.completeTask)
        : perform(ReopenTaskMutation, { input: { taskId } }, (d) => d.reopenTask),
    remove: (id: string) => perform(DeleteTaskMutation, { input: { taskId: id } }, (d) => d.deleteTask),
  };
};

export type ClientTasks = ReturnType<typeof createClientTasks>;
