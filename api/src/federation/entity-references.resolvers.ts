import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { fromGlobalId } from '../graphql/global-id.ts';
import { nodeOf } from '../graphql/node.resolvers.ts';

// The types other subgraphs may extend (`@key(fields: "id")` in schema/), by their opaque global id.
export const entityTypes = ['Client', 'Conversation', 'Message', 'Operator', 'Deal', 'Task', 'Process', 'ProcessVersion', 'ProcessRun'] as const;

type EntityType = (typeof entityTypes)[number];

// A gateway's `_entities` answers exactly as `node(id:)`: through the same loaders (a batch of representations is
// one statement per type), for signed-in callers only; an id of another project, or of another type, is null.
const reference = (type: EntityType) => ({ id }: { id: string }, ctx: Context) => (fromGlobalId(id)?.type === type ? nodeOf(ctx, id) : null);

export const entityReferenceResolvers = Object.fromEntries(entityTypes.map((type) => [type, { __resolveReference: reference(type) }])) as Resolvers;
