import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The field paths an operation selects below the resolving field ("edges.node.client.channels", …), through
 * fragments and inline fragments, whatever their type conditions and directives: for reading ahead what the
 * resolvers below will ask for. Selecting more than is used costs a little work, never a wrong answer.
 */
export function selectedPaths(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const paths = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, prefix: string, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        const path = `${prefix}${selection.name.value}`;
        paths.add(path);
        walk(selection.selectionSet, `${path}.`, seen);
      } else if (selection.kind === 'InlineFragment') {
        walk(selection.selectionSet, prefix, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        walk(fragment?.selectionSet, prefix, new Set(seen).add(selection.name.value));
      }
    }
  };
  for (const field of info.fieldNodes as readonly FieldNode[]) walk(field.selectionSet, '', new Set());
  return paths;
}

/**
 * The arguments of each `field` selected directly below the resolving field (through fragments), as graphql-js
 * will hand them to that field's resolver (the same function, defaults and variables applied): for priming the
 * pages those resolvers will ask for. Arguments that do not coerce are left out (the resolver will refuse them).
 */
export function selectedArguments(info: GraphQLResolveInfo, field: string): Record<string, unknown>[] {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[field] : undefined;
  if (!definition) return [];
  const found: Record<string, unknown>[] = [];
  const walk = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (selection.name.value !== field) continue;
        try {
          found.push(getArgumentValues(definition, selection, info.variableValues));
        } catch {
          // Refused by the field's own resolution.
        }
      } else if (selection.kind === 'InlineFragment') {
        walk(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        walk(info.fragments[selection.name.value]?.selectionSet, new Set(seen).add(selection.name.value));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, new Set());
  return found;
}
