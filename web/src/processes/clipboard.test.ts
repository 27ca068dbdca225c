import { expect, it } from 'vitest';
import { emptyDefinition, problemsOf } from '../../../workflows/src/processes/definition.ts';
import { copyBlocks, pasteBlocks } from './clipboard.ts';
import { addBlock, connect, updateBlock } from './graph.ts';

it('pastes copies with new ids and numbers, moved, keeping only the connections between them', () => {
  let definition = emptyDefinition();
  const ids: string[] = [];
  for (const [index, type] of (['MESSAGE', 'MESSAGE', 'END'] as const).entries()) {
    const added = addBlock(definition, type, { x: 100 * index, y: 0 });
    definition = added.definition;
    ids.push(added.block.id);
  }
  definition = updateBlock(updateBlock(definition, ids[0]!, { text: 'A' }), ids[1]!, { text: 'B' });
  definition = connect(connect(definition, ids[0]!, 'next', ids[1]!), ids[1]!, 'next', ids[2]!);

  const clip = copyBlocks(definition, [ids[1]!, ids[2]!])!;
  expect(clip.connections).toEqual([{ from: ids[1], port: 'next', to: ids[2] }]);
  const pasted = pasteBlocks(definition, clip, { x: 40, y: 40 });
  expect(pasted.definition.blocks).toHaveLength(5);
  expect(pasted.ids).toHaveLength(2);
  const copies = pasted.definition.blocks.slice(3);
  expect(copies.map((block) => block.number)).toEqual([4, 5]);
  expect(copies.map((block) => block.position)).toEqual([{ x: 140, y: 40 }, { x: 240, y: 40 }]);
  for (const copy of copies) expect(ids).not.toContain(copy.id);
  expect(pasted.definition.connections.slice(2)).toEqual([{ from: pasted.ids[0], port: 'next', to: pasted.ids[1] }]);
  // The copies are new, the originals untouched; no ids or numbers used twice.
  const codes = problemsOf(pasted.definition, new Set()).map((problem) => problem.code);
  expect(codes).not.toContain('DUPLICATE_ID');
  expect(codes).not.toContain('DUPLICATE_NUMBER');
  expect(pasted.definition.blocks.slice(0, 3)).toEqual(definition.blocks);
});

it('sends a copied GOTO to the copy of its target, and copies nothing when nothing is chosen', () => {
  let definition = emptyDefinition();
  const target = addBlock(definition, 'END', { x: 0, y: 0 });
  const jump = addBlock(target.definition, 'GOTO', { x: 0, y: 100 });
  definition = updateBlock(jump.definition, jump.block.id, { target: target.block.id });
  const pasted = pasteBlocks(definition, copyBlocks(definition, [target.block.id, jump.block.id])!);
  const copy = pasted.definition.blocks.find((block) => block.id === pasted.ids[1]);
  expect(copy?.type === 'GOTO' && copy.target).toBe(pasted.ids[0]);
  expect(copyBlocks(definition, [])).toBeNull();
});
