import { Background, Controls, SolidFlow, useSolidFlow, type EdgeConnection, type Node, type NodeTypes } from '@dschz/solid-flow';
import '@dschz/solid-flow/dist/style.css';
import { batch, createEffect, onMount, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Definition } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { BlockNode, type BlockNodeData } from './BlockNode.tsx';
import { connect, connectionOf, edgesOf, moveBlocks } from './graph.ts';
import { processesMessages } from './processes.messages.ts';

type BlockFlowNode = Node<BlockNodeData, 'block'>;
type FlowEdge = ReturnType<typeof edgesOf>[number] & { selected?: boolean; class?: string };

const nodeTypes = { block: BlockNode } satisfies NodeTypes;

/** What the editor asks of the canvas: the selection, selecting, and where a point of the screen is on it. */
export type CanvasControl = {
  selectedBlockIds: () => string[];
  selectedEdgeIds: () => string[];
  select: (blockIds: readonly string[]) => void;
  /** Pans (keeping the zoom) so that the block is in view, if it is not. */
  reveal: (blockId: string) => void;
  /** Where a new block goes: below the selected one, or near the top of the view, where no block is. */
  freeSpot: () => { x: number; y: number };
  toFlow: (clientX: number, clientY: number) => { x: number; y: number };
};

type Props = {
  definition: Definition;
  readOnly: boolean;
  problemBlockIds: ReadonlySet<string>;
  counters: ReadonlyMap<string, { active: number; today: number }> | null;
  /** The block the editor's test run is at (highlighted), if one runs. */
  testBlockId?: string | null;
  onChange: (definition: Definition) => void;
  onDropBlock?: (type: string, at: { x: number; y: number }) => void;
  control?: (control: CanvasControl) => void;
};

const BLOCK_DRAG_TYPE = 'application/x-process-block';
export const setDraggedBlockType = (event: DragEvent, type: string) => event.dataTransfer?.setData(BLOCK_DRAG_TYPE, type);

// The canvas (Solid Flow) over the definition: its nodes and edges are stores Solid Flow also writes (positions
// while dragging, selection, measured sizes), so they are brought in line with the definition field by field,
// never replaced. Moves, connections and drops come back as new definitions.
export const FlowCanvas = (props: Props) => {
  const t = useMessages(processesMessages);
  const [nodes, setNodes] = createStore<BlockFlowNode[]>([]);
  const [edges, setEdges] = createStore<FlowEdge[]>([]);
  let flow: ReturnType<typeof useSolidFlow> | undefined;
  let container!: HTMLDivElement;

  createEffect(() => {
    const definition = props.definition;
    const problems = props.problemBlockIds;
    const counters = props.counters;
    const testBlockId = props.testBlockId ?? null;
    // Only the definition leads: reading the stores here must not track them, or a drag (Solid Flow moving a
    // node) would rerun this and put the node back.
    untrack(() => batch(() => {
      const ids = new Set(definition.blocks.map((block) => block.id));
      setNodes((list) => list.filter((node) => ids.has(node.id)));
      for (const block of definition.blocks) {
        const data: BlockNodeData = {
          block,
          isStart: definition.start === block.id,
          hasProblem: problems.has(block.id),
          isTestCurrent: testBlockId === block.id,
          counter: counters ? (counters.get(block.id) ?? { active: 0, today: 0 }) : null,
          gotoNumber: block.type === 'GOTO' ? (definition.blocks.find((other) => other.id === block.target)?.number ?? null) : null,
        };
        const index = nodes.findIndex((node) => node.id === block.id);
        if (index < 0) {
          setNodes(nodes.length, { id: block.id, type: 'block', position: { ...block.position }, data, draggable: !props.readOnly, connectable: !props.readOnly, deletable: false });
          continue;
        }
        setNodes(index, 'data', data);
        const at = nodes[index]!.position;
        if (Math.round(at.x) !== block.position.x || Math.round(at.y) !== block.position.y) setNodes(index, 'position', { ...block.position });
      }
      const wanted = edgesOf(definition);
      const wantedIds = new Set(wanted.map((edge) => edge.id));
      setEdges((list) => list.filter((edge) => wantedIds.has(edge.id)));
      for (const edge of wanted) {
        const index = edges.findIndex((candidate) => candidate.id === edge.id);
        const styled = { ...edge, class: `port-${edge.sourceHandle}`, deletable: false };
        if (index < 0) setEdges(edges.length, styled);
        else if (edges[index]!.target !== edge.target) setEdges(index, 'target', edge.target);
      }
    }));
  });

  const onConnect = (connection: EdgeConnection) => {
    const made = connectionOf(props.definition, connection);
    // Solid Flow has put its own edge in the store already: the effect above takes it out again unless it is ours.
    setEdges((list) => list.filter((edge) => edge.id !== connection.id));
    if (made) props.onChange(connect(props.definition, made.from, made.port, made.to));
  };

  // The dragged nodes where they were dropped (one, or the whole selection).
  const onDragStop = (event: { nodes: readonly BlockFlowNode[]; targetNode: BlockFlowNode | null }) => {
    const moved = [...event.nodes, ...(event.targetNode ? [event.targetNode] : [])];
    props.onChange(moveBlocks(props.definition, new Map(moved.map((node) => [node.id, node.position]))));
  };

  const control: CanvasControl = {
    selectedBlockIds: () => nodes.filter((node) => node.selected).map((node) => node.id),
    selectedEdgeIds: () => edges.filter((edge) => edge.selected).map((edge) => edge.id),
    select: (blockIds) => {
      const chosen = new Set(blockIds);
      batch(() => {
        nodes.forEach((node, index) => !!node.selected !== chosen.has(node.id) && setNodes(index, 'selected', chosen.has(node.id)));
        edges.forEach((edge, index) => edge.selected && setEdges(index, 'selected', false));
      });
    },
    reveal: (blockId) => {
      const block = props.definition.blocks.find((candidate) => candidate.id === blockId);
      if (!block || !flow) return;
      const { x, y, zoom } = flow.getViewport();
      const box = container.getBoundingClientRect();
      const left = block.position.x * zoom + x;
      const top = block.position.y * zoom + y;
      if (left >= 0 && top >= 0 && left + 220 * zoom <= box.width && top + 180 * zoom <= box.height) return;
      void flow.setCenter(block.position.x + 110, block.position.y + 90, { zoom });
    },
    toFlow: (clientX, clientY) => flow?.screenToFlowPosition({ x: clientX, y: clientY }) ?? { x: clientX, y: clientY },
    freeSpot: () => {
      // Below the selected block (the chain goes on there), else near the top of what is in view; then right
      // until no block is in the way.
      const selected = props.definition.blocks.find((block) => block.id === control.selectedBlockIds()[0]);
      const box = container.getBoundingClientRect();
      const centre = control.toFlow(box.left + box.width / 2 - 110, box.top + box.height / 4);
      const spot = selected ? { x: selected.position.x, y: selected.position.y + 200 } : { x: Math.round(centre.x), y: Math.round(centre.y) };
      while (props.definition.blocks.some((block) => Math.abs(block.position.x - spot.x) < 240 && Math.abs(block.position.y - spot.y) < 190)) spot.x += 260;
      return spot;
    },
  };
  onMount(() => props.control?.(control));

  // Solid Flow's API exists only inside it.
  const FlowApi = () => {
    flow = useSolidFlow();
    return null;
  };

  return (
    <div
      class="process-canvas"
      ref={container}
      aria-label={t('editor.canvas')}
      data-testid="process-canvas"
      onDragOver={(event) => {
        if (!props.readOnly && event.dataTransfer?.types.includes(BLOCK_DRAG_TYPE)) event.preventDefault();
      }}
      onDrop={(event) => {
        const type = event.dataTransfer?.getData(BLOCK_DRAG_TYPE);
        if (!type || props.readOnly) return;
        event.preventDefault();
        props.onDropBlock?.(type, control.toFlow(event.clientX, event.clientY));
      }}
    >
      <SolidFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onConnect={onConnect}
        onNodeDragStop={onDragStop}
        nodesDraggable={!props.readOnly}
        nodesConnectable={!props.readOnly}
        deleteKey={null}
        fitView
        fitViewOptions={{ maxZoom: 1 }}
        minZoom={0.2}
        colorMode="light"
        defaultEdgeOptions={{ type: 'smoothstep' }}
        proOptions={{ hideAttribution: true }}
      >
        <FlowApi />
        <Background variant="dots" />
        <Controls showLock={false} />
      </SolidFlow>
    </div>
  );
};
