import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../context.ts';
import { mapEvents } from '../pubsub/pubsub.ts';

// Fields whose value depends on who asks, not only on the project: a document selecting one is executed per
// subscriber. Every other field resolves the same for every operator of the project.
const perViewerFields = /\b(draft|ownedByMe|viewerCan\w*)\b/;

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
  const key = `${viewer}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${document}`;
  return mapEvents(source as AsyncIterableIterator<unknown>, (event) => {
    if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event }) as Promise<ExecutionResult>;
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = Promise.resolve(execute({ ...args, rootValue: event }))));
    return result;
  });
}
