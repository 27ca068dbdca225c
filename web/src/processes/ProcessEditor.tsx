import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import { blockTypes, type Block, type BlockType } from '../../../workflows/src/processes/definition.ts';
import { ConfirmDialog, type Confirmation } from '../audience/ConfirmDialog.tsx';
import { useMessages } from '../i18n/messages.ts';
import { PROCESSES_HREF } from '../shared/app-route.ts';
import { BlockPanel } from './BlockPanel.tsx';
import { copyBlocks, pasteBlocks, type Clip } from './clipboard.ts';
import { commandOf } from './editor-keys.ts';
import { createEditorOptions } from './editor-options.ts';
import { FlowCanvas, setDraggedBlockType, type CanvasControl } from './FlowCanvas.tsx';
import { addBlock, connect, removeElements, updateBlock } from './graph.ts';
import { ProblemsList, type ListedProblem } from './ProblemsList.tsx';
import { createProcessCounters } from './process-counters.ts';
import { createProcessDraft } from './process-draft.ts';
import { processesMessages } from './processes.messages.ts';
import { createTestRun } from './process-test-run.ts';
import { TestRunPanel } from './TestRunPanel.tsx';
import { TriggersPanel } from './TriggersPanel.tsx';
import { versionDefinition, VersionHistory, type Version } from './VersionHistory.tsx';

type Side = 'block' | 'triggers' | 'versions' | 'test';

/** One process: the palette, the canvas, the side panel (block, triggers or versions) and the problems. */
export const ProcessEditor = (props: { id: string }) => {
  const t = useMessages(processesMessages);
  const draft = createProcessDraft(() => props.id);
  const live = createProcessCounters(() => props.id);
  const options = createEditorOptions();
  const testRun = createTestRun(() => props.id, { save: () => draft.save() });
  const [canvas, setCanvas] = createSignal<CanvasControl | null>(null);
  const [side, setSide] = createSignal<Side>('block');
  const [viewing, setViewing] = createSignal<Version | null>(null);
  const [confirm, setConfirm] = createSignal<Confirmation | null>(null);
  let clip: Clip | null = null;

  const readOnly = () => !draft.process()?.viewerCanEdit;
  const selectedIds = () => canvas()?.selectedBlockIds() ?? [];
  const selectedBlock = () => (selectedIds().length === 1 ? draft.definition().blocks.find((block) => block.id === selectedIds()[0]) : undefined);
  const definition = draft.definition;

  const listed = (): ListedProblem[] | null => {
    const shape = draft.shape().map((problem) => ({ code: 'SHAPE', blockId: problem.blockId, detail: problem.path || problem.message }));
    const server = draft.problems();
    return server === null && !shape.length ? null : [...shape, ...(server ?? [])];
  };
  const problemIds = () => new Set((listed() ?? []).map((problem) => problem.blockId).filter((id): id is string => !!id));

  const add = (type: BlockType, at?: { x: number; y: number }) => {
    const added = addBlock(definition(), type, at ?? canvas()?.freeSpot() ?? { x: 0, y: 0 });
    draft.edit(added.definition);
    setSide('block');
    queueMicrotask(() => {
      canvas()?.select([added.block.id]);
      canvas()?.reveal(added.block.id);
    });
  };
  const change = (id: string, patch: Partial<Block>, key?: string) => draft.edit(updateBlock(definition(), id, patch), key ? `${id}:${key}` : undefined);
  const remove = (blockIds: readonly string[], edgeIds: readonly string[] = []) => {
    if (!blockIds.length && !edgeIds.length) return;
    draft.edit(removeElements(definition(), blockIds, edgeIds));
  };
  const select = (blockId: string) => {
    setViewing(null);
    setSide('block');
    canvas()?.select([blockId]);
    canvas()?.reveal(blockId);
  };

  const onKey = (event: KeyboardEvent) => {
    const command = commandOf(event);
    if (!command || confirm() || viewing() || readOnly()) return;
    event.preventDefault();
    switch (command) {
      case 'delete':
        return remove(selectedIds(), canvas()?.selectedEdgeIds() ?? []);
      case 'copy':
        clip = copyBlocks(definition(), selectedIds()) ?? clip;
        return;
      case 'paste': {
        if (!clip) return;
        const pasted = pasteBlocks(definition(), clip);
        draft.edit(pasted.definition);
        // A second paste lands further along.
        clip = { ...clip, blocks: clip.blocks.map((block) => ({ ...block, position: { x: block.position.x + 40, y: block.position.y + 40 } })) };
        queueMicrotask(() => {
          canvas()?.select(pasted.ids);
          if (pasted.ids[0]) canvas()?.reveal(pasted.ids[0]);
        });
        return;
      }
      case 'undo':
        return draft.undo();
      case 'redo':
        return draft.redo();
    }
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  const publish = async () => {
    await draft.publish();
    void live.refresh();
  };
  const restore = (version: Version) =>
    setConfirm({
      title: t('versions.restoreTitle', { version: String(version.version) }),
      message: t('versions.restoreMessage'),
      confirm: t('versions.restore'),
      onConfirm: () => {
        setConfirm(null);
        setViewing(null);
        void draft.restore(version.id);
      },
    });

  const stateText = () => t(`editor.${draft.state()}`);
  const openTest = () => {
    setViewing(null);
    setSide('test');
    if (!testRun.test() && !testRun.starting()) void testRun.start();
  };
  const testBlockId = () => (side() === 'test' ? (testRun.test()?.run.block?.blockId ?? null) : null);
  // The block the test run moves to comes into view (the preview's panel leaves the canvas narrow).
  createEffect(on(testBlockId, (blockId) => blockId && canvas()?.reveal(blockId), { defer: true }));
  const closeTest = () => {
    setSide('block');
    void testRun.close();
  };

  return (
    <Show when={!draft.missing()} fallback={<div class="empty-state">{t('editor.notFound')}</div>}>
      <div class="process-editor" data-testid="process-editor">
        <div class="process-toolbar">
          <a class="btn btn-small btn-ghost" href={PROCESSES_HREF} data-testid="process-back">
            {t('editor.back')}
          </a>
          <input class="field process-name" aria-label={t('editor.name')} data-testid="process-name" readOnly={readOnly()} maxLength={100} value={draft.name()} onInput={(event) => draft.setName(event.currentTarget.value)} />
          <span class={`process-save-state is-${draft.state()}`} data-testid="process-save-state" data-state={draft.state()}>
            {stateText()}
          </span>
          <span class="process-toolbar-gap" />
          <button type="button" class="btn btn-small" data-testid="process-undo" disabled={readOnly() || !draft.canUndo()} onClick={() => draft.undo()}>
            {t('editor.undo')}
          </button>
          <button type="button" class="btn btn-small" data-testid="process-redo" disabled={readOnly() || !draft.canRedo()} onClick={() => draft.redo()}>
            {t('editor.redo')}
          </button>
          <button type="button" class="btn btn-small" data-testid="process-save" disabled={readOnly() || draft.state() !== 'dirty'} onClick={() => void draft.save()}>
            {t('editor.save')}
          </button>
          <button type="button" class="btn btn-small" classList={{ 'is-active': side() === 'triggers' }} data-testid="process-triggers" onClick={() => setSide(side() === 'triggers' ? 'block' : 'triggers')}>
            {t('editor.settings')}
          </button>
          <button type="button" class="btn btn-small" classList={{ 'is-active': side() === 'versions' }} data-testid="process-history" onClick={() => { setViewing(null); setSide(side() === 'versions' ? 'block' : 'versions'); }}>
            {t('editor.history')}
          </button>
          <button type="button" class="btn btn-small" classList={{ 'is-active': side() === 'test' }} data-testid="process-test" disabled={readOnly()} onClick={openTest}>
            {t('test.button')}
          </button>
          <button type="button" class="btn btn-small btn-primary" data-testid="process-publish" disabled={readOnly() || draft.publishing()} onClick={() => void publish()}>
            {draft.publishing() ? t('editor.publishing') : t('editor.publish')}
          </button>
        </div>
        <Show when={draft.error()}>{(message) => <div class="error-box process-message" role="alert" data-testid="process-error">{message()}</div>}</Show>
        <Show when={draft.notice()}>{(message) => <div class="process-notice process-message" role="status" data-testid="process-notice">{message()}</div>}</Show>
        <Show when={readOnly() && draft.process()}>
          <div class="process-notice process-message">{t('editor.readOnly')}</div>
        </Show>
        <div class="process-workspace">
          <Show when={!readOnly()}>
            <aside class="process-palette" aria-label={t('editor.palette')}>
              <div class="process-field-label">{t('editor.palette')}</div>
              <For each={blockTypes}>
                {(type) => (
                  <button
                    type="button"
                    class={`process-palette-item type-${type.toLowerCase()}`}
                    draggable="true"
                    data-testid={`palette-${type}`}
                    title={t('editor.paletteHint')}
                    disabled={!!viewing()}
                    onDragStart={(event) => setDraggedBlockType(event, type)}
                    onClick={() => add(type)}
                  >
                    {t(`types.${type}`)}
                  </button>
                )}
              </For>
            </aside>
          </Show>
          <Show
            when={viewing()}
            keyed
            fallback={
              <Show when={draft.process()}>
                <FlowCanvas
                  definition={definition()}
                  readOnly={readOnly()}
                  problemBlockIds={problemIds()}
                  counters={live.counters()}
                  testBlockId={testBlockId()}
                  onChange={(next) => draft.edit(next)}
                  onDropBlock={(type, at) => (blockTypes as readonly string[]).includes(type) && add(type as BlockType, at)}
                  control={setCanvas}
                />
              </Show>
            }
          >
            {(version) => (
              <div class="process-version-canvas" data-testid="process-version-canvas">
                <div class="process-version-banner">
                  {t('versions.viewing', { version: String(version.version) })}
                  <button type="button" class="btn btn-small" onClick={() => setViewing(null)}>
                    {t('versions.backToDraft')}
                  </button>
                </div>
                <FlowCanvas definition={versionDefinition(version) ?? definition()} readOnly problemBlockIds={new Set()} counters={null} onChange={() => {}} />
              </div>
            )}
          </Show>
          <aside class="process-side">
            <div class="process-panel">
              <Show when={side() === 'test'}>
                <TestRunPanel control={testRun} onClose={closeTest} />
              </Show>
              <Show when={side() === 'versions'}>
                <VersionHistory versions={draft.process()?.versions ?? []} viewing={viewing()} draft={definition()} readOnly={readOnly()} onView={setViewing} onRestore={restore} />
              </Show>
              <Show when={side() === 'triggers'}>
                <TriggersPanel definition={definition()} options={options} readOnly={readOnly()} onChange={(patch, key) => draft.edit({ ...definition(), ...patch }, key)} />
              </Show>
              <Show when={side() === 'block'}>
                <Show
                  when={selectedBlock()?.id}
                  keyed
                  fallback={
                    <>
                      <p class="process-field-hint process-panel-hint">{t('block.noPanel')}</p>
                      <TriggersPanel definition={definition()} options={options} readOnly={readOnly()} onChange={(patch, key) => draft.edit({ ...definition(), ...patch }, key)} />
                    </>
                  }
                >
                  {(blockId) => (
                    <Show when={definition().blocks.find((block) => block.id === blockId)}>
                      {(block) => (
                        <BlockPanel
                          block={block()}
                          definition={definition()}
                          processId={props.id}
                          options={options}
                          readOnly={readOnly()}
                          onChange={(patch, key) => change(blockId, patch, key)}
                          onConnect={(port, to) => draft.edit(connect(definition(), blockId, port, to))}
                          onSetStart={() => draft.edit({ ...definition(), start: blockId })}
                          onDelete={() => remove([blockId])}
                        />
                      )}
                    </Show>
                  )}
                </Show>
              </Show>
            </div>
            <ProblemsList problems={listed()} definition={definition()} onSelect={select} />
          </aside>
        </div>
        <Show when={confirm()}>{(question) => <ConfirmDialog {...question()} onCancel={() => setConfirm(null)} />}</Show>
      </div>
    </Show>
  );
};
