// Every operation the web app sends must fit the API's default limits, at its worst-case variables: a page size
// left to a variable counts as 50 (the web's pages are 30 to 50 rows: PAGE_SIZE in conversation-list.ts,
// conversation-timeline.ts, audience-list.ts), a list of ids as a hundred (the most `nodes` takes).
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, Kind, print, specifiedRules, typeFromAST, validate, type DocumentNode, type GraphQLInputType, type OperationDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';
import * as documents from '../../../web/src/generated/graphql.ts';
import * as supergraphDocuments from '../../../web/src/generated/supergraph/graphql.ts';
import { supergraphPath } from '../../../gateway/subgraphs.ts';
import { schema } from '../graphql/schema.ts';
import { requestedCost } from './cost.ts';
import { limitsFromEnv } from './limits.ts';
import { limitRules, parseOperation } from './operation-limits.ts';

const limits = limitsFromEnv();
const webDocuments = Object.entries(documents).filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode).kind === Kind.DOCUMENT) as [string, DocumentNode][];

// The worst case of each variable: 50 for a number, 100 items for a list, the required fields of an input object, a
// valid date-time;
// optional variables other than `first` are left out, so their arguments take their defaults.
function worstCase(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return worstCase(type.ofType);
  if (isListType(type)) return Array.from({ length: 100 }, () => worstCase(type.ofType));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, worstCase(field.type)]));
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  return { Int: 50, Float: 50, Boolean: false, DateTime: '2030-01-01T00:00:00Z' }[getNamedType(type).name] ?? 'x';
}

const worstVariables = (document: DocumentNode) => {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const required = (operation.variableDefinitions ?? []).filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE || definition.variable.name.value === 'first');
  return Object.fromEntries(required.map((definition) => [definition.variable.name.value, worstCase(typeFromAST(schema, definition.type as never) as GraphQLInputType)]));
};

it('holds every web operation within the default depth, alias, token, directive and cost limits', () => {
  expect(webDocuments.length).toBeGreaterThan(100);
  const costs: Record<string, number> = {};
  for (const [name, document] of webDocuments) {
    const parsed = parseOperation(print(document), limits);
    expect(validate(schema, parsed, [...specifiedRules, ...limitRules(limits)]).map((error) => `${name}: ${error.message}`)).toEqual([]);
    const cost = requestedCost(schema, parsed, worstVariables(parsed));
    expect(cost, name).not.toBeNull();
    costs[name] = cost!;
  }
  const over = Object.entries(costs).filter(([, cost]) => cost > limits.maxCost);
  console.log(Object.entries(costs).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, cost]) => `${name} ${cost}`).join('\n'));
  expect(over).toEqual([]);
});

// What the web sends to the gateway (`*.supergraph.ts`): the gateway checks the same rules before it plans.
it('holds every web operation sent to the gateway within its depth, alias, token and directive limits', () => {
  const supergraph = buildSchema(readFileSync(supergraphPath, 'utf8'));
  const sent = Object.entries(supergraphDocuments).filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode).kind === Kind.DOCUMENT) as [string, DocumentNode][];
  expect(sent.length).toBeGreaterThan(0);
  for (const [name, document] of sent) {
    const parsed = parseOperation(print(document), limits);
    expect(validate(supergraph, parsed, [...specifiedRules, ...limitRules(limits)]).map((error) => `${name}: ${error.message}`)).toEqual([]);
  }
});
