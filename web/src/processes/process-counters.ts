import { useClient } from '@urql/solid';
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { ProcessCountersQuery } from '../generated/graphql.ts';
import { ProcessCountersQuery as CountersQuery } from './process-counters.query.ts';
import { ProcessCountersUpdatedSubscription } from './process-counters.subscription.ts';

type Counted = Extract<NonNullable<ProcessCountersQuery['node']>, { published: unknown }>;
export type Counters = ReadonlyMap<string, { active: number; today: number }>;

const countersOf = (process: Pick<Counted, 'published'> | null | undefined): Counters | null =>
  process?.published ? new Map(process.published.blocks.map((block) => [block.blockId, { active: block.activeCount, today: block.enteredToday }])) : null;

/**
 * The published version's counters per block (null: never published), read once and again each time
 * `processCountersUpdated` says a run of the process moved; `refresh` after publishing.
 */
export function createProcessCounters(id: () => string) {
  const client = useClient();
  const [counters, setCounters] = createSignal<Counters | null>(null);
  const refresh = async () => {
    const result = await client.query(CountersQuery, { id: id() }, { requestPolicy: 'network-only' }).toPromise();
    const node = result.data?.node;
    if (node && 'published' in node) setCounters(countersOf(node as Counted));
  };
  createEffect(
    on(id, (processId) => {
      void refresh();
      const subscription = client
        .subscription(ProcessCountersUpdatedSubscription, { processId })
        .subscribe((result) => result.data && setCounters(countersOf(result.data.processCountersUpdated)));
      onCleanup(() => subscription.unsubscribe());
    }),
  );
  return { counters, refresh };
}
