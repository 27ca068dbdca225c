// The schema's own conventions, checked on the built schema so that a new field cannot slip past them (the
// descriptions are held by the schema lint, in eslint.config.js).
import { getDirectiveValues, getNamedType, getNullableType, isInputObjectType, isInterfaceType, isLeafType, isListType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from './schema.ts';

// The Federation subgraph spec's own names (`_service`, `_entities`, `_Service`) are not the API's: left out here
// (`_entities` costs by its number of representations, limits/cost.ts).
const objectTypes = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('_')).map((type) => type as GraphQLObjectType);
const federationFields = ['_entities', '_service'];
const fieldsOf = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter((field) => !(type === schema.getQueryType() && federationFields.includes(field.name))).map((field) => ({ type, field }));
const isConnection = (name: string) => name.endsWith('Connection');

it('sizes every list of objects: a connection, or a documented cap that the cost counts', () => {
  const listSize = schema.getDirective('listSize')!;
  const unsized: string[] = [];
  const undocumented: string[] = [];
  for (const { type, field } of objectTypes.flatMap(fieldsOf)) {
    const named = getNamedType(field.type);
    if (!isListType(getNullableType(field.type)) || isLeafType(named) || named.name === 'UserError' || isConnection(type.name)) continue;
    const size = field.astNode ? getDirectiveValues(listSize, field.astNode) : undefined;
    if (!size?.assumedSize && !size?.slicingArguments) unsized.push(`${type.name}.${field.name}`);
    else if (size.assumedSize && !field.description?.includes(`At most ${size.assumedSize}`)) undocumented.push(`${type.name}.${field.name}`);
  }
  expect(unsized).toEqual([]);
  expect(undocumented).toEqual([]);
});

it('pages every connection both ways, with Relay’s pageInfo', () => {
  const problems: string[] = [];
  for (const { type, field } of objectTypes.flatMap(fieldsOf)) {
    if (!isConnection(getNamedType(field.type).name)) continue;
    const args = field.args.map((arg) => arg.name);
    for (const name of ['first', 'after', 'last', 'before']) if (!args.includes(name)) problems.push(`${type.name}.${field.name} lacks ${name}`);
  }
  for (const type of objectTypes.filter((t) => isConnection(t.name))) {
    if (!type.getFields().pageInfo || !type.getFields().edges) problems.push(`${type.name} lacks edges or pageInfo`);
  }
  const pageInfo = schema.getType('PageInfo') as GraphQLObjectType;
  expect(Object.keys(pageInfo.getFields()).sort()).toEqual(['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
  expect(problems).toEqual([]);
});

it('makes every type with an id a Node', () => {
  const node = schema.getType('Node');
  expect(isInterfaceType(node)).toBe(true);
  const notNodes = objectTypes.filter((type) => type.getFields().id && !type.getInterfaces().some((i) => i.name === 'Node')).map((type) => type.name);
  expect(notNodes).toEqual([]);
});

it('answers every mutation with a payload of userErrors, and names inputs the same way', () => {
  const mutations = Object.values(schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[];
  expect(mutations.filter((field) => !isObjectType(getNamedType(field.type)) || !(getNamedType(field.type) as GraphQLObjectType).getFields().userErrors).map((f) => f.name)).toEqual([]);
  // One input argument, `input`, for every mutation that takes any.
  expect(mutations.filter((field) => field.args.length && (field.args.length > 1 || field.args[0]!.name !== 'input')).map((f) => f.name)).toEqual([]);
  // An input's ids say what they are: `conversationId`, `clientIds`, never a bare `id`.
  const bareIds = Object.values(schema.getTypeMap())
    .filter(isInputObjectType)
    .flatMap((type) => Object.values(type.getFields()).filter((field) => getNamedType(field.type).name === 'ID' && !/[a-z](Id|Ids)$/.test(field.name)).map((field) => `${type.name}.${field.name}`));
  expect(bareIds).toEqual([]);
  expect(objectTypes.flatMap(fieldsOf).filter(({ field }) => field.name.startsWith('_'))).toEqual([]);
});
