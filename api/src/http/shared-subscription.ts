import {
  createSourceEventStream, defaultFieldResolver, execute, isObjectType, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLFieldResolver, type GraphQLResolveInfo,
  type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import type { WebSocket } from 'ws';
import type { Context } from '../context.ts';
import { maskUnexpected } from '../graphql/errors.ts';
import { TrunkedSocket } from './gateway-trunk.ts';
import type { StreamEvent } from '../pubsub/stream.ts';
import { deliverTo, type Deliver, type Deliverable } from '../pubsub/pubsub.ts';

// Fields whose value depends on who asks, not only on the project. Every other field resolves the same for every
// operator of the project.
const perViewerField = /^(draft|ownedByMe|viewerCan\w*)$/;

/** How many times events were executed whole on this node, by operation name (tests read it to see sharing). */
export const wholeExecutions = new Map<string, number>();
const countWhole = (args: ExecutionArgs) => wholeExecutions.set(args.operationName ?? '', (wholeExecutions.get(args.operationName ?? '') ?? 0) + 1);

/** Where a subscription's frames go: its socket, its id, and the extensions every frame of it carries. */
export type Sink = { socket: WebSocket; id: string; extensions: Record<string, unknown> };

/**
 * One execution's result, serialized once: `{"data":…,"errors":…,"extensions":{` and its extensions' members (the
 * event's cursor: its place in its stream, pubsub/stream.ts), open for each subscriber's own to follow; `extended`
 * when it has members; `bytes`, its UTF-8 once a socket needed it.
 */
type Shared = { text: string; extended: boolean; bytes?: Buffer };

/** A per-viewer field's resolver as one execution called it, and what it answered. */
type Call = { resolve: GraphQLFieldResolver<unknown, unknown>; source: unknown; args: Record<string, unknown>; info: GraphQLResolveInfo; answer: unknown };

/**
 * A value being made that many subscribers wait for, each as a callback in its list rather than a promise of its own
 * (ten thousand subscribers of one inbox wait for each event's execution). Read without waiting once settled.
 */
class Later<T> {
  settled = false;
  failed = false;
  value: T | undefined;
  error: unknown;
  private waiting: (() => void)[] = [];
  static of<T>(value: T) {
    const later = new Later<T>();
    [later.settled, later.value] = [true, value];
    return later;
  }
  static from<T>(promise: Promise<T>) {
    const later = new Later<T>();
    promise.then(
      (value) => later.settle(value, false, undefined),
      (error: unknown) => later.settle(undefined, true, error),
    );
    return later;
  }
  private settle(value: T | undefined, failed: boolean, error: unknown) {
    [this.settled, this.value, this.failed, this.error] = [true, value, failed, error];
    for (const then of this.waiting.splice(0)) then();
  }
  /** The value now (it throws what failed); `then` is called once settled when it was not (undefined then). */
  now(then: () => void): T | undefined {
    if (!this.settled) return void this.waiting.push(then);
    if (this.failed) throw this.error;
    return this.value;
  }
}

/**
 * An event's first execution for one sharing key: the per-viewer fields' calls it met (to answer them for each other
 * subscriber), and its text under each set of answers (the first execution's, then one more for each other set).
 */
type Execution = { calls: Later<Call[]>; frames: Map<string, Later<Shared>> };

const sharedByEvent = new WeakMap<object, Map<string, Execution>>();

/**
 * graphql-ws's `subscribe`, executing and serializing each event once per distinct document, variables and answers
 * to the per-viewer fields on this node, rather than once per subscriber: a thousand operators watching one
 * project's inbox cost one execution and one JSON text per event (and one more for each other set of answers, as
 * when roles differ), each socket getting that text with its own subscription id and extensions around it. Each
 * subscriber's own answers come from calling just those fields' resolvers, as the first execution met them, with
 * its own context. Events reach only subscribers of their topic (one project, or narrower), so they are entitled
 * to the same result otherwise.
 *
 * The frames are written to the socket here, not by graphql-ws: the iterator handed back yields nothing and ends
 * when the subscription does, so graphql-ws still completes, errors and cleans up as usual. An event is handed over
 * as it is published (pub/sub's `deliverTo`); a frame the socket cannot take at once is waited for before the next
 * event, so a stalled reader's events wait in its pub/sub queue, where the backlog rule (pubsub.ts `listen`) cuts it
 * off. A subscriber makes no promise of its own for an event: it waits for the event's execution, and for its socket,
 * as a callback of its own, made once per subscription. What each subscriber allocates per event is what the
 * collector pauses for on a busy node.
 */
export async function subscribeShared(args: ExecutionArgs, sink: Sink): Promise<ExecutionResult | AsyncIterableIterator<never>> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const source = stream as Deliverable<unknown>;
  const context = args.contextValue as Context;
  const key = sharingKey(args, context);
  const send = frameWriter(sink);
  /** The event's execution for this subscriber's sharing key, made by the first subscriber to ask. */
  const executionOf = (event: object) => {
    let shared = sharedByEvent.get(event);
    if (!shared) sharedByEvent.set(event, (shared = new Map()));
    let execution = shared.get(key);
    if (!execution) shared.set(key, (execution = executeNoting(args, event)));
    return execution;
  };
  // The event being delivered, one at a time (the pub/sub queue holds the next ones), and how far it got: each step
  // answers whether the event is done; when it has to wait, it is called again once it can go on.
  let event: unknown;
  let execution: Execution;
  let frame: Later<Shared>;
  let resume: () => void;
  let fail: (error: unknown) => void;
  const deliver: Deliver<unknown> = (next, resumeLater, failLater) => {
    [event, resume, fail] = [next, resumeLater, failLater];
    if (typeof next === 'object' && next !== null) {
      execution = executionOf(next);
      return answered();
    }
    frame = Later.from(serialize(execute({ ...args, rootValue: next }), undefined));
    return sent();
  };
  /** Once the first execution noted its calls: this subscriber's answers to them pick the text. */
  const answered = (): boolean => {
    const calls = execution.calls.now(answeredLater);
    if (!calls) return false;
    const answers = answersOf(calls, context);
    if (typeof answers === 'string') return textFor(answers);
    answers.then((settled) => textFor(settled) && resume()).catch(fail);
    return false;
  };
  /** The text made under these answers, made now by the first subscriber with them. */
  const textFor = (answers: string) => {
    let made = execution.frames.get(answers);
    if (!made) {
      countWhole(args);
      execution.frames.set(answers, (made = Later.from(serialize(execute({ ...args, rootValue: event }), (event as StreamEvent).cursor))));
    }
    frame = made;
    return sent();
  };
  const sent = (): boolean => {
    const shared = frame.now(sentLater);
    return !!shared && send(shared, resumeAfterWrite);
  };
  const later = (step: () => boolean) => () => {
    try {
      if (step()) resume();
    } catch (error) {
      fail(error);
    }
  };
  const answeredLater = later(answered);
  const resumeAfterWrite = () => resume();
  const sentLater = later(sent);
  const iterator: AsyncIterableIterator<never> = {
    async next() {
      try {
        await (source[deliverTo] ? source[deliverTo](deliver) : deliverEach(source, deliver));
      } catch (error) {
        if ((error as Error).name !== 'AbortError') throw error;
      }
      return { done: true, value: undefined };
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** `deliver` for an iterator read by `next()` (a resumed subscription's replay, a filtered stream). */
async function deliverEach<T>(source: AsyncIterator<T>, deliver: Deliver<T>) {
  for (;;) {
    const { done, value } = await source.next();
    if (done) return;
    const step = Promise.withResolvers<void>();
    if (!deliver(value, step.resolve, step.reject)) await step.promise;
  }
}

/** The answers of the per-viewer fields' resolvers, called with `context`, as a sharing key's part (`answersKey`). */
function answersOf(calls: Call[], context: Context): string | Promise<string> {
  return answersKey(
    calls.map(({ resolve, source, args, info }) => {
      try {
        return resolve(source, args, context, info);
      } catch {
        return failed;
      }
    }),
  );
}

/**
 * Per-viewer fields' answers as JSON, a sharing key's part: at once when none is a promise, as most are (the viewer's
 * rights), else once all have settled; a failure as a mark of its own (that subscriber executes whole).
 */
function answersKey(answers: unknown[]): string | Promise<string> {
  if (!answers.some((answer) => answer instanceof Promise)) return JSON.stringify(answers);
  return Promise.all(answers.map((answer) => Promise.resolve(answer).catch(() => failed))).then((all) => JSON.stringify(all));
}
const failed = { failed: true };

/** The result as JSON without its closing brace; unexpected failures masked (they reach the log, never a caller). */
async function serialize(result: ExecutionResult | Promise<ExecutionResult>, cursor: string | undefined): Promise<Shared> {
  const { data, errors, extensions } = await result;
  const json = JSON.stringify(errors ? { data, errors: errors.map(maskUnexpected) } : { data });
  const shared = members(cursor ? { ...extensions, cursor } : extensions);
  return { text: `${json.slice(0, -1)},"extensions":{${shared}`, extended: shared !== '' };
}

/** An object's members as JSON, without the braces around them ('' for none). */
const members = (object: Record<string, unknown> | undefined) => (object ? JSON.stringify(object).slice(1, -1) : '');

/**
 * A subscription's frame writer: sends the `next` frame of a shared text, with the subscription's id and extensions
 * around it, and answers whether it went out at once; when the socket's buffer holds it, `flushed` is called once
 * everything this writer sent has gone. The frame is put together as bytes: the shared text is encoded once for
 * every socket, where a joined string would be made flat and encoded again for each. A gateway's trunk takes the
 * parts, to send the shared text once for all its callers (gateway-trunk.ts).
 */
function frameWriter({ socket, id, extensions }: Sink) {
  const own = members(extensions);
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  // The frame's end: the subscription's own extensions, after a comma when the shared text has some before them.
  const tail = `${own}}}}`;
  const tailAfterShared = own ? `,${tail}` : tail;
  const [headBytes, tailBytes, tailAfterSharedBytes] = [head, tail, tailAfterShared].map((text) => Buffer.from(text)) as [Buffer, Buffer, Buffer];
  let unsent = 0;
  let onFlushed: (() => void) | null = null;
  const sent = () => {
    if (--unsent > 0 || !onFlushed) return;
    const flushed = onFlushed;
    onFlushed = null;
    flushed();
  };
  return (shared: Shared, flushed: () => void): boolean => {
    if (socket.readyState !== socket.OPEN) return true;
    if (socket instanceof TrunkedSocket) {
      socket.sendShared(head, shared.text, shared.extended ? tailAfterShared : tail);
      if (socket.bufferedAmount === 0) return true;
      void socket.flushed().then(flushed);
      return false;
    }
    const text = (shared.bytes ??= Buffer.from(shared.text));
    const end = shared.extended ? tailAfterSharedBytes : tailBytes;
    const frame = Buffer.allocUnsafe(headBytes.length + text.length + end.length);
    headBytes.copy(frame, 0);
    text.copy(frame, headBytes.length);
    end.copy(frame, headBytes.length + text.length);
    unsent++;
    socket.send(frame, asText, sent);
    if (socket.bufferedAmount === 0) return true;
    onFlushed = flushed;
    return false;
  };
}
const asText = { binary: false };

/**
 * Who may share an event's result: the same document, operation and variables (and, for a document with per-viewer
 * fields, the same answers to them: see subscribeShared). The root field's `after` (a resume point) is left out: it
 * decides what is replayed before the live events, which are separate objects, never what a live event resolves to.
 */
function sharingKey(args: ExecutionArgs, context: Context) {
  const { document, variables } = withoutResumePoint(args.document, args.operationName, args.variableValues ?? {});
  // A visitor's own fields (their conversation) are never an operator's: visitors and operators never share.
  const caller = context.visitor ? `visitor:${context.visitor.clientChannelId}` : '';
  return `${caller}\n${args.operationName ?? ''}\n${JSON.stringify(variables)}\n${shapeIdOf(document)}`;
}

// A short id per distinct document text, so that a subscription's key does not hold the document again.
const shapeIds = new WeakMap<DocumentNode, string>();
const documentIds = new Map<string, string>();
function shapeIdOf(document: DocumentNode) {
  let id = shapeIds.get(document);
  if (!id) {
    const text = print(document);
    id = documentIds.get(text);
    // Past 1,000 distinct documents the text itself is the id.
    if (!id && documentIds.size < 1_000) documentIds.set(text, (id = `#${documentIds.size}`));
    shapeIds.set(document, (id ??= text));
  }
  return id;
}

const noting = Symbol('per-viewer calls');

/**
 * Executes the event for its first subscriber, noting each per-viewer field's call: its resolver, source, arguments
 * and answer. The context is the subscriber's own, seen through a child object that holds the notes.
 */
function executeNoting(args: ExecutionArgs, event: object): Execution {
  wrapPerViewerResolvers(args.schema);
  countWhole(args);
  const calls: Call[] = [];
  const frames = new Map<string, Later<Shared>>();
  const whole = serialize(execute({ ...args, contextValue: Object.create(args.contextValue as object, { [noting]: { value: calls } }), rootValue: event }), (event as StreamEvent).cursor);
  const noted = whole.then(async (shared) => {
    frames.set(await answersKey(calls.map(({ answer }) => answer)), Later.of(shared));
    return calls;
  });
  return { calls: Later.from(noted), frames };
}

const wrapped = new WeakSet<GraphQLSchema>();

/** Once per schema: the per-viewer fields' resolvers note their calls when the execution's context asks for it. */
function wrapPerViewerResolvers(schema: GraphQLSchema) {
  if (wrapped.has(schema)) return;
  wrapped.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!perViewerField.test(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, fieldArgs, context, info) => {
        const answer = resolve(source, fieldArgs, context, info);
        (context as { [noting]?: Call[] })[noting]?.push({ resolve, source, args: fieldArgs, info, answer });
        return answer;
      };
    }
  }
}

// The resume point's variable and the document without it, by document (documents are cached: see graphql-ws.ts).
const resumable = new WeakMap<DocumentNode, Map<string, { document: DocumentNode; variable: string | null }>>();

function withoutResumePoint(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) {
  let byOperation = resumable.get(document);
  if (!byOperation) resumable.set(document, (byOperation = new Map()));
  let stripped = byOperation.get(operationName ?? '');
  if (!stripped) byOperation.set(operationName ?? '', (stripped = resumePointOf(document, operationName)));
  if (!stripped.variable) return { document: stripped.document, variables };
  const variable = stripped.variable;
  return { document: stripped.document, variables: Object.fromEntries(Object.entries(variables).filter(([name]) => name !== variable)) };
}

function resumePointOf(document: DocumentNode, operationName: string | null | undefined): { document: DocumentNode; variable: string | null } {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  const root = operation?.selectionSet.selections[0];
  const after = root?.kind === Kind.FIELD ? root.arguments?.find((argument) => argument.name.value === 'after') : undefined;
  if (!operation || !root || root.kind !== Kind.FIELD || !after || operation.selectionSet.selections.length > 1) return { document, variable: null };
  // A variable given as the resume point is dropped only when nothing else reads it.
  const variable = after.value.kind === Kind.VARIABLE ? after.value.name.value : null;
  if (variable && print(document).match(new RegExp(`\\$${variable}\\b`, 'g'))?.length !== 2) return { document, variable: null };
  const field = { ...root, arguments: root.arguments!.filter((argument) => argument !== after) };
  const definitions = document.definitions.map((definition) =>
    definition === operation
      ? {
          ...operation,
          variableDefinitions: operation.variableDefinitions?.filter((definition) => definition.variable.name.value !== variable),
          selectionSet: { ...operation.selectionSet, selections: [field] },
        }
      : definition,
  );
  return { document: { ...document, definitions }, variable };
}
