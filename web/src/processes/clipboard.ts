import type { Block, Definition } from '../../../workflows/src/processes/definition.ts';
import { newBlockId, nextNumber, type Connection } from './graph.ts';

/** Copied blocks and the connections between them (those leading outside are left behind). */
export type Clip = { blocks: Block[]; connections: Connection[] };

export function copyBlocks(definition: Definition, ids: readonly string[]): Clip | null {
  const chosen = new Set(ids);
  const blocks = definition.blocks.filter((block) => chosen.has(block.id));
  if (!blocks.length) return null;
  return { blocks: structuredClone(blocks), connections: definition.connections.filter((connection) => chosen.has(connection.from) && chosen.has(connection.to)) };
}

/**
 * The clip pasted into `definition`: new ids and numbers (after the highest), positions moved by `offset`, the
 * connections between the copies kept, a GOTO to a copied block sent to its copy. Answers the new blocks' ids too.
 */
export function pasteBlocks(definition: Definition, clip: Clip, offset = { x: 40, y: 40 }, random?: () => number): { definition: Definition; ids: string[] } {
  const taken = new Set(definition.blocks.map((block) => block.id));
  const renamed = new Map<string, string>();
  for (const block of clip.blocks) {
    const id = newBlockId(taken, random);
    taken.add(id);
    renamed.set(block.id, id);
  }
  let number = nextNumber(definition);
  const blocks = [...clip.blocks]
    .sort((a, b) => a.number - b.number)
    .map((block) => {
      const copy = { ...structuredClone(block), id: renamed.get(block.id)!, number: number++, position: { x: block.position.x + offset.x, y: block.position.y + offset.y } };
      if (copy.type === 'GOTO' && renamed.has(copy.target)) copy.target = renamed.get(copy.target)!;
      return copy;
    });
  const connections = clip.connections.map((connection) => ({ from: renamed.get(connection.from)!, port: connection.port, to: renamed.get(connection.to)! }));
  return {
    definition: { ...definition, blocks: [...definition.blocks, ...blocks], connections: [...definition.connections, ...connections] },
    ids: blocks.map((block) => block.id),
  };
}
