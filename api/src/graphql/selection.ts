import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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
