import type { Block, Definition } from '../../../workflows/src/processes/definition.ts';

export type BlockDiff = { added: Block[]; removed: Block[]; changed: Block[] };

// What a block is, for comparing: its fields without its place on the canvas, and where its ports lead.
const essence = (definition: Definition, block: Block) => {
  const { position: _position, ...fields } = block;
  const ports = definition.connections
    .filter((connection) => connection.from === block.id)
    .map((connection) => `${connection.port}>${connection.to}`)
    .sort();
  return JSON.stringify({ fields: Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))), ports, start: definition.start === block.id });
};

/** The draft against a version, by block id: blocks only in the draft, only in the version, or in both but different (moves aside). */
export function diffDefinitions(version: Definition, draft: Definition): BlockDiff {
  const before = new Map(version.blocks.map((block) => [block.id, block]));
  const after = new Map(draft.blocks.map((block) => [block.id, block]));
  return {
    added: draft.blocks.filter((block) => !before.has(block.id)),
    removed: version.blocks.filter((block) => !after.has(block.id)),
    changed: draft.blocks.filter((block) => {
      const old = before.get(block.id);
      return !!old && essence(version, old) !== essence(draft, block);
    }),
  };
}
