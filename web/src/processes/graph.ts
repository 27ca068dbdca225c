import {
  blockSchema,
  definitionSchema,
  portsOf,
  type Block,
  type BlockType,
  type Definition,
} from '../../../workflows/src/processes/definition.ts';

// The editor's pure side: a definition (the one schema the API and the worker share) as the canvas's nodes and
// edges, and the edits the canvas makes to it. Every edit answers a new definition (never mutates), so that undo
// keeps snapshots and Solid sees a change.

export type Connection = Definition['connections'][number];

/** A canvas edge's id: one per port, as a port leads to one block. */
export const edgeId = (connection: Pick<Connection, 'from' | 'port'>) => `${connection.from}:${connection.port}`;

/** The canvas's edges: a connection is an edge from the block's port handle to the target block. */
export const edgesOf = (definition: Definition) =>
  definition.connections.map((connection) => ({
    id: edgeId(connection),
    source: connection.from,
    sourceHandle: connection.port,
    target: connection.to,
  }));

/** An edge back as a connection (null: no port, or a port the block does not have). */
export function connectionOf(definition: Definition, edge: { source: string; sourceHandle?: string | null; target: string }): Connection | null {
  const block = definition.blocks.find((candidate) => candidate.id === edge.source);
  const port = edge.sourceHandle ?? null;
  if (!block || !port || !portsOf[block.type].includes(port)) return null;
  if (!definition.blocks.some((candidate) => candidate.id === edge.target)) return null;
  return { from: edge.source, port, to: edge.target };
}

/** Connects a port to a block, replacing what the port led to; `to: null` disconnects it. */
export function connect(definition: Definition, from: string, port: string, to: string | null): Definition {
  const others = definition.connections.filter((connection) => !(connection.from === from && connection.port === port));
  return { ...definition, connections: to ? [...others, { from, port, to }] : others };
}

/** Removes blocks (with their connections, and the start if it was one of them) and connections by edge id. */
export function removeElements(definition: Definition, blockIds: readonly string[], edgeIds: readonly string[] = []): Definition {
  const gone = new Set(blockIds);
  const cut = new Set(edgeIds);
  return {
    ...definition,
    start: definition.start && gone.has(definition.start) ? null : definition.start,
    blocks: definition.blocks.filter((block) => !gone.has(block.id)),
    connections: definition.connections.filter((connection) => !gone.has(connection.from) && !gone.has(connection.to) && !cut.has(edgeId(connection))),
  };
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A short random block id (matching the schema's `^[A-Za-z0-9_-]{1,64}$`) not yet used in `taken`. */
export function newBlockId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    let id = '';
    for (let index = 0; index < 8; index++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    if (!taken.has(id)) return id;
  }
}

export const nextNumber = (definition: Definition) => definition.blocks.reduce((max, block) => Math.max(max, block.number), 0) + 1;

// What a new block of each type holds: the least the schema takes, with texts left for the designer to write.
const blankFields: { [T in BlockType]: Omit<Extract<Block, { type: T }>, 'id' | 'number' | 'name' | 'description' | 'color' | 'position' | 'type'> } = {
  MESSAGE: { text: '', fileIds: [], buttons: [] },
  QUESTION: { text: '', buttons: [], expect: 'TEXT', variable: null, timeoutSeconds: null },
  DELAY: { wait: { kind: 'DURATION', seconds: 3600 } },
  CONDITION: { match: 'ALL', conditions: [] },
  ACTION: { action: 'ADD_TAG', targetId: null, variable: null, value: null },
  HANDOFF: { operatorId: null, teamId: null },
  HTTP: { method: 'POST', url: '', headers: [], body: '', map: [], timeoutSeconds: 10 },
  GOTO: { target: '' },
  START_PROCESS: { processId: '' },
  END: {},
};

const defaultColor: Record<BlockType, Block['color']> = {
  MESSAGE: 'BLUE',
  QUESTION: 'PURPLE',
  DELAY: 'YELLOW',
  CONDITION: 'ORANGE',
  ACTION: 'GREEN',
  HANDOFF: 'RED',
  HTTP: 'GRAY',
  GOTO: 'GRAY',
  START_PROCESS: 'GREEN',
  END: 'GRAY',
};

/** A new block of `type` at `position`, numbered after the others; the first block becomes the start. */
export function addBlock(definition: Definition, type: BlockType, position: { x: number; y: number }, random?: () => number): { definition: Definition; block: Block } {
  const block = {
    id: newBlockId(new Set(definition.blocks.map((candidate) => candidate.id)), random),
    number: nextNumber(definition),
    name: '',
    description: '',
    color: defaultColor[type],
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    type,
    ...blankFields[type],
  } as Block;
  return { definition: { ...definition, start: definition.start ?? block.id, blocks: [...definition.blocks, block] }, block };
}

/** The block with `id` changed by `patch` (its type stays). */
export function updateBlock(definition: Definition, id: string, patch: Partial<Block>): Definition {
  return { ...definition, blocks: definition.blocks.map((block) => (block.id === id ? ({ ...block, ...patch, id: block.id, type: block.type } as Block) : block)) };
}

/** Blocks moved to new positions (rounded to whole pixels); unchanged when none moved. */
export function moveBlocks(definition: Definition, positions: ReadonlyMap<string, { x: number; y: number }>): Definition {
  let moved = false;
  const blocks = definition.blocks.map((block) => {
    const at = positions.get(block.id);
    if (!at) return block;
    const position = { x: Math.round(at.x), y: Math.round(at.y) };
    if (position.x === block.position.x && position.y === block.position.y) return block;
    moved = true;
    return { ...block, position };
  });
  return moved ? { ...definition, blocks } : definition;
}

/** A shape problem the API would refuse the draft for (an empty text, no condition…), at its block. */
export type ShapeProblem = { blockId: string | null; path: string; message: string };

/** What keeps the draft from being saved: the schema's complaints, each at its block when it names one. */
export function shapeProblems(definition: Definition): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  definition.blocks.forEach((block) => {
    const parsed = blockSchema.safeParse(block);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push({ blockId: block.id, path: issue.path.join('.'), message: issue.message });
  });
  if (!problems.length) {
    const parsed = definitionSchema.safeParse(definition);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push({ blockId: null, path: issue.path.join('.'), message: issue.message });
  }
  return problems;
}

/** A block's text in a line for the canvas (MESSAGE, QUESTION: the text; others: their main setting). */
export function previewOf(block: Block): string {
  switch (block.type) {
    case 'MESSAGE':
    case 'QUESTION':
      return block.text;
    case 'HTTP':
      return block.url ? `${block.method} ${block.url}` : '';
    case 'ACTION':
      return block.value ?? '';
    default:
      return block.description;
  }
}
