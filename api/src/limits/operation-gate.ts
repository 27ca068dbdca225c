import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { App } from '../context.ts';
import { checkInputs } from '../graphql/input-hygiene.ts';
import type { BucketAnswer } from './buckets.ts';
import { requestedCost } from './cost.ts';
import { introspectionRefusal, mayIntrospect } from './introspection.ts';
import { tooComplex } from './operation-limits.ts';
import { chargeRest, throttled, type CostBucket } from './throttle.ts';

export type Operation = { schema: GraphQLSchema; document: DocumentNode; variables?: Record<string, unknown> | null; operationName?: string | null };

/**
 * What every parsed and valid operation passes before it runs, over HTTP and graphql-ws alike: introspection only
 * for those allowed, clean text inputs, a calculated cost under the limit, and that cost taken from the caller's
 * bucket. Throws the refusal (a GraphQLError); answers the cost charged (null when the variables do not coerce,
 * which execution then reports) and the bucket's answer (null when admission's stands).
 */
export async function passOperation(app: App, caller: { viewer: unknown }, bucket: CostBucket, operation: Operation) {
  const { limits, buckets } = app;
  if (!mayIntrospect(limits, caller)) {
    const refusal = introspectionRefusal(operation.schema, operation.document);
    if (refusal) throw refusal;
  }
  const unsafe = checkInputs(operation.document, operation.variables);
  if (unsafe) throw unsafe;
  const cost = requestedCost(operation.schema, operation.document, operation.variables ?? undefined, operation.operationName);
  if (cost === null) return { requested: null, answer: null };
  if (cost > limits.maxCost) throw tooComplex('COST', limits.maxCost, cost === Infinity ? null : cost, costMessage(cost, limits.maxCost));
  // Admission took one point: an operation costing no more (`{ __typename }`, `{ me }`) asks the buckets nothing
  // more, a round trip to Redis fewer (its answer is then the admission's).
  if (cost <= 1) return { requested: cost, answer: null };
  const answer: BucketAnswer = await chargeRest(buckets, bucket, cost);
  if (!answer.allowed) throw throttled(answer);
  return { requested: cost, answer };
}

const costMessage = (cost: number, max: number) =>
  cost === Infinity
    ? `Query cost cannot be counted: its fragments expand past what the API evaluates (the cost limit is ${max}).`
    : `Query cost limit of ${max} exceeded, found ${cost}: ask for fewer items (first) or fewer nested lists.`;
