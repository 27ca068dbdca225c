import type { ApolloServerPlugin } from '@apollo/server';
import type { App, Context } from '../context.ts';
import { actualCost } from './cost.ts';
import { hideSuggestions, mayIntrospect } from './introspection.ts';
import { passOperation } from './operation-gate.ts';
import { isLimitRefusal } from './operation-limits.ts';
import { costReport, penalize, settle } from './throttle.ts';

/**
 * The API's limits in Apollo's pipeline (the HTTP transport; graphql-ws applies the same in its onSubscribe):
 * past parsing and validation, the operation passes passOperation; every answer reports `extensions.cost` and
 * hands back what it did not use.
 */
export function limitsPlugin(app: App): ApolloServerPlugin<Context> {
  const { limits, buckets } = app;
  return {
    async requestDidStart({ contextValue }) {
      const bucket = contextValue.costBucket;
      let requested: number | null = null;
      return {
        async didEncounterErrors({ errors }) {
          if (requested === null && errors.some(isLimitRefusal)) await penalize(buckets, limits, bucket);
        },
        async didResolveOperation({ document, operationName, request, schema }) {
          ({ requested } = await passOperation(app, contextValue, bucket, { schema, document, operationName, variables: request.variables }));
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors && !mayIntrospect(limits, contextValue)) result.errors = hideSuggestions(result.errors);
          const actual = requested === null ? null : actualCost(result.data);
          const answer = await (requested === null ? buckets.add(bucket.key, 0, bucket.rule) : settle(buckets, bucket, requested, actual!));
          result.extensions = { ...result.extensions, cost: costReport(bucket, requested ?? 1, actual, answer) };
        },
      };
    },
  };
}
