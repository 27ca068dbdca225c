import { useClient } from '@urql/solid';
import { createSignal, onCleanup } from 'solid-js';
import type { ClientJobFragment } from '../../generated/graphql.ts';
import { plain } from '../../shared/plain.ts';
import { ClientJobUpdatedSubscription } from './client-job-updated.subscription.ts';
import { ClientJobQuery } from './client-job.query.ts';

// While the subscription is the news, a slow poll covers a socket that dropped or progress published before it.
const POLL_MS = 3_000;

const rank = { QUEUED: 0, RUNNING: 1, DONE: 2, FAILED: 2 } as const;
// `node` types the other Node kinds as `{}`: the ClientJob fragment is the only shape with fields.
const jobOf = (node: object): ClientJobFragment => node as ClientJobFragment;

export const finished = (job: ClientJobFragment) => job.status === 'DONE' || job.status === 'FAILED';

/** One import or export followed live (`clientJobUpdated`) until it is done or failed. */
export const createJobTracker = (onFinished: (job: ClientJobFragment) => void) => {
  const client = useClient();
  const [job, setJob] = createSignal<ClientJobFragment | null>(null);
  let stop = () => {};

  // Answers may cross: a newer state never gives way to an older one.
  const take = (next: ClientJobFragment | null | undefined) => {
    const current = job();
    if (!next || !current || next.id !== current.id || finished(current)) return;
    if (rank[next.status] < rank[current.status] || (rank[next.status] === rank[current.status] && next.processed < current.processed)) return;
    setJob(plain(next));
    if (finished(next)) {
      stop();
      onFinished(next);
    }
  };

  const track = (started: ClientJobFragment) => {
    stop();
    setJob(plain(started));
    if (finished(started)) return onFinished(started);
    const subscription = client.subscription(ClientJobUpdatedSubscription, { jobId: started.id }).subscribe((result) => take(result.data?.clientJobUpdated));
    const poll = () =>
      void client
        .query(ClientJobQuery, { id: started.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          const node = result.data?.node;
          take(node && 'processed' in node ? jobOf(node) : null);
        });
    const timer = setInterval(poll, POLL_MS);
    poll();
    stop = () => {
      subscription.unsubscribe();
      clearInterval(timer);
      stop = () => {};
    };
  };

  onCleanup(() => stop());
  return {
    job,
    track,
    reset: () => {
      stop();
      setJob(null);
    },
  };
};
