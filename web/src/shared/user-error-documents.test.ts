// Every document the web sends reads refusals the way the words need them: a mutation whose payload has userErrors
// selects them, and every UserError selection has its reason and values (…UserErrorFields does), so a new document
// cannot forget them and show the API's English instead.
import { readdirSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  getNamedType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../generated/graphql.ts';

const schemaDir = new URL('../../../schema/', import.meta.url);
// A Federation subgraph's SDL (schema/federation.graphql), built as the api builds it.
const schema = buildSubgraphSchema(
  parse(
    readdirSync(schemaDir)
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => readFileSync(new URL(file, schemaDir), 'utf8'))
      .join('\n'),
  ),
);

// Sent and forgotten: nobody waits for their answer. Typing comes and goes, a logout ends the session whatever the
// answer, and a draft is saved again with the next keystroke (the composer holds the text to its limit).
const fireAndForget = new Set(['SetTypingDocument', 'LogoutDocument', 'SaveDraftDocument']);

const documents = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document'));

/** The fields a selection set selects, through its fragments, each with its own selection set. */
function selected(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): Map<string, SelectionSetNode | undefined> {
  const fields = new Map<string, SelectionSetNode | undefined>();
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.set(selection.name.value, selection.selectionSet);
    else {
      const set = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
      for (const [name, inner] of selected(set, fragments)) fields.set(name, inner);
    }
  }
  return fields;
}

/** What is wrong with a document's refusals, by path: a payload without userErrors, a UserError without its reason. */
function refusalProblems(document: DocumentNode, answerIgnored = false): string[] {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const problems: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        const named = type && getNamedType(type);
        if (!named || !isObjectType(named)) return;
        const fields = selected(node.selectionSet, fragments);
        const atRoot = typeInfo.getParentType() === schema.getMutationType();
        if (atRoot && !answerIgnored && 'userErrors' in named.getFields() && !fields.has('userErrors')) problems.push(`${node.name.value}: no userErrors`);
        if (named.name !== 'UserError') return;
        const values = selected(fields.get('values'), fragments);
        const missing = ['reason', 'message', 'values'].filter((name) => !fields.has(name));
        if (fields.has('values') && !(values.has('name') && values.has('value'))) missing.push('values { name value }');
        if (missing.length) problems.push(`${node.name.value}: no ${missing.join(', ')}`);
      },
    }),
  );
  return problems;
}

describe('the web’s documents', () => {
  it('are many, mutations among them (the generated module is what the app sends)', () => {
    const mutations = documents.filter(([, document]) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation'));
    expect(mutations.length).toBeGreaterThan(50);
  });

  it('select userErrors with their reason and values wherever a payload has them', () => {
    const problems = documents.flatMap(([name, document]) => refusalProblems(document, fireAndForget.has(name)).map((problem) => `${name}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('catch a document that forgets them', () => {
    const forgetful = (generated.CreateTeamDocument as DocumentNode).definitions[0]!;
    const bare: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [visit(forgetful, { FragmentSpread: () => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'message' } }) })],
    };
    expect(refusalProblems(bare)).toEqual(['userErrors: no reason, values']);
  });
});
