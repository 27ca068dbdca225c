import {
  createSourceEventStream, defaultFieldResolver, execute, isObjectType, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLFieldResolver, type GraphQLResolveInfo,
  type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import type { WebSocket } from 'ws';
import type { Context } from '../context.ts';
import { maskUnexpected } from '../graphql/errors.ts';
import { TrunkedSocket } from './gateway-trunk.ts';
import type { StreamEvent } from '../pubsub/stream.ts';

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
 * when it has members.
 */
type Shared = { text: string; extended: boolean };

/** A per-viewer field's resolver as one execution called it, and what it answered. */
type Call = { resolve: GraphQLFieldResolver<unknown, unknown>; source: unknown; args: Record<string, unknown>; info: GraphQLResolveInfo; answer: unknown };

/**
 * An event's first execution for one sharing key: its text, under the answers its per-viewer fields gave, and
 * those fields' calls (to answer them for each other subscriber); then one text for each other set of answers. Each
 * promise is replaced by its value once settled, so that the subscribers after the first take theirs without waiting.
 */
type Execution = { calls: Call[] | Promise<Call[]>; frames: Map<string, Shared | Promise<Shared>> };

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
 * when the subscription does, so graphql-ws still completes, errors and cleans up as usual. A frame the socket
 * cannot take at once is waited for before the next event is read, so a stalled reader's events wait in its
 * pub/sub queue, where the backlog rule (pubsub.ts `listen`) cuts it off. Once an event's text is made, every other
 * subscriber's frame is written without a promise of its own: what each subscriber allocates per event is what the
 * collector pauses for on a busy node.
 */
export async function subscribeShared(args: ExecutionArgs, sink: Sink): Promise<ExecutionResult | AsyncIterableIterator<never>> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const source = stream as AsyncIterableIterator<unknown>;
  const context = args.contextValue as Context;
  const key = sharingKey(args, context);
  const own = members(sink.extensions);
  const prefix = `{"id":${JSON.stringify(sink.id)},"type":"next","payload":`;
  // The frame's end: the subscriber's own extensions, after a comma when the shared text has some before them.
  const tail = `${own}}}}`;
  const tailAfterShared = own ? `,${tail}` : tail;
  /** The event's execution for this subscriber's sharing key, made by the first subscriber to ask. */
  const executionOf = (event: object) => {
    let shared = sharedByEvent.get(event);
    if (!shared) sharedByEvent.set(event, (shared = new Map()));
    let execution = shared.get(key);
    if (!execution) shared.set(key, (execution = executeNoting(args, event)));
    return execution;
  };
  /** The text made under this subscriber's answers to the per-viewer fields the first execution met (`calls`). */
  const frameOf = (execution: Execution, event: object, calls: Call[]) => {
    const take = (answers: string) => {
      let frame = execution.frames.get(answers);
      if (!frame) {
        countWhole(args);
        execution.frames.set(answers, (frame = settling(serialize(execute({ ...args, rootValue: event }), (event as StreamEvent).cursor), (text) => execution.frames.set(answers, text))));
      }
      return frame;
    };
    const answers = answersOf(calls, context);
    return typeof answers === 'string' ? take(answers) : answers.then(take);
  };
  const iterator: AsyncIterableIterator<never> = {
    async next() {
      try {
        for (;;) {
          const { done, value: event } = await source.next();
          if (done) return { done: true, value: undefined };
          let frame: Shared | Promise<Shared>;
          if (typeof event !== 'object' || event === null) frame = serialize(execute({ ...args, rootValue: event }), undefined);
          else {
            // Subscribers that wait for the first execution wait on its own promise, making none of theirs.
            const execution = executionOf(event);
            frame = frameOf(execution, event, execution.calls instanceof Promise ? await execution.calls : execution.calls);
          }
          const { text, extended } = frame instanceof Promise ? await frame : frame;
          const written = write(sink.socket, prefix, text, extended ? tailAfterShared : tail);
          if (written) await written;
        }
      } catch (error) {
        if ((error as Error).name === 'AbortError') return { done: true, value: undefined };
        throw error;
      }
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** `promise`, which hands its value to `settled` once it has one (to be read without waiting from then on). */
function settling<T>(promise: Promise<T>, settled: (value: T) => void) {
  promise.then(settled, () => {});
  return promise;
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
 * Sends the frame `head + shared + tail`; waits only when it did not go out at once (the socket's buffer holds it).
 * A gateway's trunk takes the parts, to send the shared text once for all its callers (gateway-trunk.ts).
 */
function write(socket: WebSocket | TrunkedSocket, head: string, shared: string, tail: string): Promise<unknown> | undefined {
  if (socket.readyState !== socket.OPEN) return undefined;
  if (socket instanceof TrunkedSocket) {
    socket.sendShared(head, shared, tail);
    return socket.bufferedAmount === 0 ? undefined : socket.flushed();
  }
  let flushed = false;
  let resume: (() => void) | null = null;
  const sent = () => {
    flushed = true;
    resume?.();
  };
  socket.send(head + shared + tail, sent);
  if (flushed || socket.bufferedAmount === 0) return undefined;
  return new Promise<void>((resolve) => (resume = resolve));
}

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
  const whole = serialize(execute({ ...args, contextValue: Object.create(args.contextValue as object, { [noting]: { value: calls } }), rootValue: event }), (event as StreamEvent).cursor);
  const execution: Execution = { calls: [], frames: new Map() };
  execution.calls = settling(
    whole.then(async () => {
      const answers = await answersKey(calls.map(({ answer }) => answer));
      execution.frames.set(answers, await whole);
      return calls;
    }),
    (settled) => (execution.calls = settled),
  );
  return execution;
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
