import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { maxPageSize } from '../graphql/connection.ts';

// Shopify's model: every object costs 1, scalars and enums are free, and a list multiplies its items' cost by how
// many it may return: a connection by its `first` (or `last`, else the page cap), a plain list by its
// `@listSize` (the documented cap of the field, or the length of the argument it names). The cost is an upper
// bound of the objects in the answer, computed from the document alone, before anything runs.

const isConnection = (type: GraphQLNamedType | GraphQLCompositeType) => isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();

const listSizes = new WeakMap<GraphQLField<unknown, unknown>, (args: Record<string, unknown>) => number>();

function listSize(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>) {
  let size = listSizes.get(field);
  if (!size) {
    const directive = schema.getDirective('listSize');
    const values = directive && field.astNode ? getDirectiveValues(directive, field.astNode) : undefined;
    const assumed = typeof values?.assumedSize === 'number' ? values.assumedSize : null;
    // A gateway's `_entities` (the Federation subgraph spec's, api/src/federation/) by its representations, as `nodes(ids:)`.
    const slicing = (values?.slicingArguments as string[] | undefined) ?? (field.name === '_entities' ? ['representations'] : []);
    size = (args) => {
      for (const name of slicing) {
        const value = args[name];
        if (Array.isArray(value)) return value.length;
        if (typeof value === 'number') return value;
      }
      // A payload reports at most one user error; every other list is declared (schema.test.ts checks).
      return assumed ?? (getNamedType(field.type).name === 'UserError' ? 1 : maxPageSize);
    };
    listSizes.set(field, size);
  }
  return size;
}

function estimatorFor(schema: GraphQLSchema): ComplexityEstimator {
  return ({ type: parent, field, args, childComplexity }) => {
    const type = getNamedType(field.type);
    // Introspection answers the schema, whose size is fixed, not the project's data: it costs nothing here (who
    // may introspect is decided elsewhere).
    if (isLeafType(type) || field.name.startsWith('__') || parent.name.startsWith('__')) return 0;
    // A connection's edges are counted once per item by the connection itself.
    if (isConnection(parent) && (field.name === 'edges' || field.name === 'nodes')) return 1 + childComplexity;
    if (isConnection(type)) {
      // As pageOf reads them: `last` wins over `first` (which the schema defaults).
      const page = typeof args.last === 'number' ? args.last : typeof args.first === 'number' ? args.first : maxPageSize;
      return 1 + page * childComplexity;
    }
    if (isListType(getNullableType(field.type))) return listSize(schema, field)(args) * (1 + childComplexity);
    return 1 + childComplexity;
  };
}

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

// The calculation itself is bounded: fragments spread again and again count every time they are walked.
const maxQueryNodes = 10_000;

/**
 * The operation's requested cost, or null when its variables do not coerce (execution then refuses it with
 * GraphQL's own message). A document whose fragments expand past `maxQueryNodes` fields costs too much to count.
 */
export function requestedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null) {
  // Apollo hands the same parsed document for the same text: its cost with the same variables is counted once.
  let costs = knownCosts.get(document);
  if (!costs) knownCosts.set(document, (costs = new Map()));
  const key = `${operationName ?? ''} ${JSON.stringify(variables ?? {})}`;
  if (costs.has(key)) return costs.get(key)!;
  const cost = countCost(schema, document, variables, operationName);
  if (costs.size >= 100) costs.delete(costs.keys().next().value!);
  costs.set(key, cost);
  return cost;
}

const knownCosts = new WeakMap<DocumentNode, Map<string, number | null>>();

function countCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null) {
  let estimator = estimators.get(schema);
  if (!estimator) estimators.set(schema, (estimator = estimatorFor(schema)));
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [estimator], maxQueryNodes });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    return null;
  }
}

/** The cost of what was answered: the objects in the response's data (the root and introspection's excepted). */
export function actualCost(data: unknown): number {
  // Plain loops: this walks every answer, thousands of values for a page.
  const count = (value: unknown): number => {
    let sum = 0;
    if (Array.isArray(value)) {
      for (const item of value) sum += count(item);
      return sum;
    }
    if (!value || typeof value !== 'object') return 0;
    for (const key in value) sum += count((value as Record<string, unknown>)[key]);
    return 1 + sum;
  };
  if (!data || typeof data !== 'object') return 0;
  return Object.entries(data).reduce((sum, [key, value]) => (key.startsWith('__') ? sum : sum + count(value)), 0);
}
