import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../context.ts';
import { mapEvents } from '../pubsub/pubsub.ts';
import type { StreamEvent } from '../pubsub/stream.ts';

// A stream event's place in its log (pubsub/stream.ts), for the subscriber to resume from.
const withCursor = (result: ExecutionResult, event: StreamEvent) => (event.cursor ? { ...result, extensions: { ...result.extensions, cursor: event.cursor } } : result);

// Fields whose value depends on who asks, not only on the project: a document selecting one is executed per
// subscriber. Every other field resolves the same for every operator of the project.
const perViewerFields = /\b(draft|ownedByMe|viewerCan\w*)\b/;

/**
 * The variable given as the subscription's `after` (its resume point) when it is used nowhere else: it decides only
 * what is replayed, which are events of their own, so live events are shared whatever it was.
 */
function resumeVariable(document: string) {
  const name = /\bafter: \$(\w+)/.exec(document)?.[1];
  return name && document.match(new RegExp(`\\$${name}\\b`, 'g'))?.length === 2 ? name : null;
}

type Results = Map<string, Promise<ExecutionResult>>;
const resultsByEvent = new WeakMap<object, Results>();

/**
 * graphql-ws's `subscribe`, executing each event once per distinct document and variables on this node rather than
 * once per subscriber: a thousand operators watching one project's inbox cost one execution per event. Events reach
 * only subscribers of their topic (one project, or narrower), so they are entitled to the same result.
 */
export async function subscribeShared(args: ExecutionArgs) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const context = args.contextValue as Context;
  const document = print(args.document);
  const viewer = perViewerFields.test(document) ? (context.viewer?.tokenId ?? context.visitor?.clientChannelId ?? '') : '';
  const variables = { ...args.variableValues };
  const resume = resumeVariable(document);
  if (resume) delete variables[resume];
  const key = `${viewer}\n${args.operationName ?? ''}\n${JSON.stringify(variables)}\n${document}`;
  return mapEvents(source as AsyncIterableIterator<unknown>, (event) => {
    if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event }) as Promise<ExecutionResult>;
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = Promise.resolve(execute({ ...args, rootValue: event })).then((answer) => withCursor(answer, event))));
    return result;
  });
}
