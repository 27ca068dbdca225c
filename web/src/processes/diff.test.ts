import { expect, it } from 'vitest';
import { emptyDefinition } from '../../../workflows/src/processes/definition.ts';
import { diffDefinitions } from './diff.ts';
import { addBlock, connect, moveBlocks, removeElements, updateBlock } from './graph.ts';

it('tells blocks added, removed and changed by id, and not those only moved', () => {
  let version = emptyDefinition();
  const ids: string[] = [];
  for (const type of ['MESSAGE', 'MESSAGE', 'END', 'END'] as const) {
    const added = addBlock(version, type, { x: 0, y: 0 });
    version = added.definition;
    ids.push(added.block.id);
  }
  version = updateBlock(updateBlock(version, ids[0]!, { text: 'A' }), ids[1]!, { text: 'B' });
  let draft = updateBlock(version, ids[0]!, { text: 'A, changed' });
  draft = moveBlocks(draft, new Map([[ids[1]!, { x: 500, y: 500 }]]));
  draft = connect(draft, ids[1]!, 'next', ids[3]!);
  draft = removeElements(draft, [ids[2]!]);
  const added = addBlock(draft, 'DELAY', { x: 0, y: 0 });
  const diff = diffDefinitions(version, added.definition);
  expect(diff.added.map((block) => block.id)).toEqual([added.block.id]);
  expect(diff.removed.map((block) => block.id)).toEqual([ids[2]]);
  expect(diff.changed.map((block) => block.id)).toEqual([ids[0], ids[1]]);
  expect(diffDefinitions(version, moveBlocks(version, new Map([[ids[3]!, { x: 9, y: 9 }]])))).toEqual({ added: [], removed: [], changed: [] });
});
