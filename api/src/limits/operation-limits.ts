import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, parse, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';
import { reasonOf } from '../graphql/errors.ts';
import type { Limits } from './limits.ts';

export type LimitKind = 'DEPTH' | 'ALIASES' | 'TOKENS' | 'DIRECTIVES' | 'COST';

/** The one refusal of an operation over a limit, over HTTP and graphql-ws alike; nothing was executed. */
export function tooComplex(limit: LimitKind, maximum: number, value: number | null, message: string) {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, value, ...reasonOf('REQUEST_TOO_COMPLEX', { limit, maximum }), http: { status: 400 } } });
}

// GraphQL Armor's rules count; their refusal is reported as ours, with the limit and the value found.
const reported = (limit: LimitKind, maximum: number) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message);
      context?.reportError(tooComplex(limit, maximum, found ? Number(found[1]) : null, error.message.replace(/^Syntax Error: /, '')));
    },
  ],
});

/** Validation rules for depth, aliases and directives, added to GraphQL's own. */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reported('DEPTH', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...reported('ALIASES', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reported('DIRECTIVES', limits.maxDirectives) }),
  ] as ValidationRule[];
}

const tokenLimit = /Document contains more that (\d+) tokens/;

/** GraphQL's parser stops at the token limit: a huge document costs no more than its first tokens. */
export function parseOperation(query: string, limits: Limits): DocumentNode {
  try {
    return parse(query, { maxTokens: limits.maxTokens });
  } catch (error) {
    throw error instanceof GraphQLError ? asTokenRefusal(error, limits) : error;
  }
}

/** GraphQL's "more than N tokens" syntax error as a QUERY_TOO_COMPLEX refusal; any other error as it is. */
export function asTokenRefusal(error: GraphQLError, limits: Limits): GraphQLError {
  if (!tokenLimit.test(error.message)) return error;
  return tooComplex('TOKENS', limits.maxTokens, null, `Token limit of ${limits.maxTokens} exceeded: the document is longer.`);
}

/** Whether an error is a limit's refusal (before Apollo renamed it): what `penalize` charges for. */
export const isLimitRefusal = (error: GraphQLError) => error.extensions.code === 'QUERY_TOO_COMPLEX' || 'limit' in error.extensions || tokenLimit.test(error.message);
