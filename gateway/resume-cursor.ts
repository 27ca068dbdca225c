import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

// The inbox's stream subscriptions carry each event's resume point in `extensions.cursor` (api/src/pubsub/stream.ts);
// Hive Gateway builds its answer from the subgraphs' data and errors only. This carries the cursor of the inbox's event
// into the answer the gateway makes of it, so a client of the gateway resumes as a client of the api does. A
// subscription's events pass one at a time (the next is read once the answer to this one is out), so the cursor
// noted for an operation belongs to the answer that follows it.
export function useResumeCursor(subgraphName = 'inbox'): GatewayPlugin {
  const cursors = new WeakMap<object, string>();
  return {
    onSubgraphExecute({ subgraphName: name, executionRequest }) {
      const context = executionRequest.context as object | undefined;
      if (name !== subgraphName || !context) return;
      return ({ result }) => {
        if (!(Symbol.asyncIterator in result)) return;
        return {
          onNext({ result: event }) {
            const cursor = event.extensions?.['cursor'];
            if (typeof cursor === 'string') cursors.set(context, cursor);
          },
        };
      };
    },
    onSubscribe({ args }) {
      const context = args.contextValue as object;
      return {
        onSubscribeResult: () => ({
          onNext({ result, setResult }) {
            const cursor = cursors.get(context);
            if (cursor === undefined) return;
            cursors.delete(context);
            setResult({ ...result, extensions: { ...result.extensions, cursor } });
          },
        }),
      };
    },
  };
}
