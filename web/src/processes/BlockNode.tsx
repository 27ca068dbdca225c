import { Handle, Position, type NodeProps } from '@dschz/solid-flow';
import { For, Show } from 'solid-js';
import { portsOf, type Block } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { formatDateTime, formatNumber } from '../ui/format.ts';
import { previewOf } from './graph.ts';
import { processesMessages } from './processes.messages.ts';

export type BlockNodeData = {
  block: Block;
  isStart: boolean;
  hasProblem: boolean;
  // The editor's test run is at this block.
  isTestCurrent: boolean;
  // The published version's counters at this block (null: the block is not in it).
  counter: { active: number; today: number } | null;
  // GOTO: the number of the block it goes to.
  gotoNumber: number | null;
};

/** A block on the canvas: its number, type, name, a line of its text, counters, a target handle and one source handle per port. */
export const BlockNode = (props: NodeProps<BlockNodeData, 'block'>) => {
  const t = useMessages(processesMessages);
  const block = () => props.data.block;
  const ports = () => portsOf[block().type];
  // A line about what the block does: its text, or its main setting in words.
  const summary = (): string => {
    const current = block();
    switch (current.type) {
      case 'ACTION':
        return [t(`fields.actions.${current.action}`), current.value].filter(Boolean).join(': ');
      case 'DELAY': {
        const wait = current.wait;
        if (wait.kind === 'DURATION') return t('block.minutes', { count: formatNumber(Math.round(wait.seconds / 60)) });
        if (wait.kind === 'UNTIL') return t('block.until', { at: formatDateTime(wait.at) });
        return t('block.weekdays', { days: wait.days.map((day) => t(`fields.days.${day as 1}`)).join(', '), time: wait.time });
      }
      case 'GOTO':
        return props.data.gotoNumber === null ? '' : t('block.goto', { number: String(props.data.gotoNumber) });
      default:
        return previewOf(current);
    }
  };
  return (
    <div
      class={`process-block color-${block().color.toLowerCase()}`}
      classList={{ 'is-selected': props.selected, 'has-problem': props.data.hasProblem, 'is-start': props.data.isStart, 'is-test-current': props.data.isTestCurrent }}
      data-testid="process-block"
      data-block-id={block().id}
      data-number={block().number}
      data-type={block().type}
      data-test-current={props.data.isTestCurrent ? 'true' : undefined}
    >
      <Handle type="target" position={Position.Top} class="process-handle-in" />
      <div class="process-block-head">
        <span class="process-block-number">#{block().number}</span>
        <span class="process-block-type">{t(`types.${block().type}`)}</span>
        <Show when={props.data.isTestCurrent}>
          <span class="process-block-test" data-testid="process-block-test">
            {t('test.here')}
          </span>
        </Show>
        <Show when={props.data.isStart}>
          <span class="process-block-start" data-testid="process-block-start">
            {t('block.start')}
          </span>
        </Show>
      </div>
      <Show when={block().name}>
        <div class="process-block-name">{block().name}</div>
      </Show>
      <Show when={summary()}>{(text) => <div class="process-block-preview">{text()}</div>}</Show>
      <Show when={props.data.counter}>
        {(counter) => (
          <div class="process-block-counters" title={t('block.countersTitle')} data-testid="process-block-counters">
            <span>{t('block.active', { count: formatNumber(counter().active) })}</span>
            <span>{t('block.today', { count: formatNumber(counter().today) })}</span>
          </div>
        )}
      </Show>
      <Show when={ports().length}>
        <div class="process-block-ports">
          <For each={ports()}>
            {(port) => (
              <div class="process-port">
                <span class="process-port-label">{t(`ports.${port as 'next'}`)}</span>
                <Handle type="source" position={Position.Bottom} id={port} class={`process-handle-out port-${port}`} data-testid={`handle-${port}`} />
              </div>
            )}
          </For>
        </div>
      </Show>
    </div>
  );
};
