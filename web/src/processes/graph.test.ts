import { describe, expect, it } from 'vitest';
import { emptyDefinition, parseDefinition, problemsOf, type Definition } from '../../../workflows/src/processes/definition.ts';
import { addBlock, connect, connectionOf, edgesOf, moveBlocks, removeElements, shapeProblems, updateBlock } from './graph.ts';

const chain = () => {
  let definition = emptyDefinition();
  const first = addBlock(definition, 'MESSAGE', { x: 0, y: 0 });
  const second = addBlock(first.definition, 'QUESTION', { x: 0, y: 150 });
  const third = addBlock(second.definition, 'END', { x: 0, y: 300 });
  definition = third.definition;
  definition = updateBlock(definition, first.block.id, { text: 'Hi' });
  definition = updateBlock(definition, second.block.id, { text: 'Your name?' });
  definition = connect(definition, first.block.id, 'next', second.block.id);
  definition = connect(definition, second.block.id, 'answered', third.block.id);
  return { definition, ids: [first.block.id, second.block.id, third.block.id] as const };
};

describe('the graph of a definition', () => {
  it('numbers new blocks after the highest, gives them schema ids, and makes the first one the start', () => {
    const { definition, ids } = chain();
    expect(definition.blocks.map((block) => block.number)).toEqual([1, 2, 3]);
    expect(definition.start).toBe(ids[0]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it('maps connections to edges from port handles and back', () => {
    const { definition, ids } = chain();
    const edges = edgesOf(definition);
    expect(edges).toEqual([
      { id: `${ids[0]}:next`, source: ids[0], sourceHandle: 'next', target: ids[1] },
      { id: `${ids[1]}:answered`, source: ids[1], sourceHandle: 'answered', target: ids[2] },
    ]);
    expect(edges.map((edge) => connectionOf(definition, edge))).toEqual(definition.connections);
    expect(connectionOf(definition, { source: ids[0], sourceHandle: 'yes', target: ids[1] })).toBeNull();
    expect(connectionOf(definition, { source: ids[0], sourceHandle: null, target: ids[1] })).toBeNull();
  });

  it('lets a port lead to one block: connecting it again replaces the connection, null removes it', () => {
    const { definition, ids } = chain();
    const moved = connect(definition, ids[0], 'next', ids[2]);
    expect(moved.connections.filter((connection) => connection.from === ids[0])).toEqual([{ from: ids[0], port: 'next', to: ids[2] }]);
    expect(connect(moved, ids[0], 'next', null).connections.some((connection) => connection.from === ids[0])).toBe(false);
  });

  it('removes blocks with their connections and the start, and edges by id', () => {
    const { definition, ids } = chain();
    const without = removeElements(definition, [ids[0]]);
    expect(without.blocks.map((block) => block.id)).toEqual([ids[1], ids[2]]);
    expect(without.connections).toEqual([{ from: ids[1], port: 'answered', to: ids[2] }]);
    expect(without.start).toBeNull();
    expect(removeElements(definition, [], [`${ids[1]}:answered`]).connections).toHaveLength(1);
  });

  it('answers a definition the API takes, with no problems once connected', () => {
    const { definition } = chain();
    const parsed = parseDefinition(JSON.parse(JSON.stringify(definition)));
    expect('definition' in parsed && parsed.definition).toEqual(definition);
    expect(problemsOf(definition, new Set())).toEqual([]);
    expect(shapeProblems(definition)).toEqual([]);
  });

  it('names the blocks the API would refuse to save, at their block', () => {
    const { definition } = addBlock(emptyDefinition(), 'MESSAGE', { x: 0, y: 0 });
    expect(shapeProblems(definition)).toEqual([{ blockId: definition.blocks[0]!.id, path: 'text', message: expect.any(String) }]);
  });

  it('keeps the definition when nothing moved, and rounds positions when something did', () => {
    const { definition, ids } = chain();
    expect(moveBlocks(definition, new Map([[ids[0], { x: 0, y: 0 }]]))).toBe(definition);
    const moved: Definition = moveBlocks(definition, new Map([[ids[0], { x: 10.4, y: 20.6 }]]));
    expect(moved.blocks[0]!.position).toEqual({ x: 10, y: 21 });
  });
});
