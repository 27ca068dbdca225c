import { useClient } from '@urql/solid';
import { createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import { emptyDefinition, parseDefinition, type Definition } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { mutationOutcome } from '../shared/mutation-outcome.ts';
import { failureText } from '../shared/refusal-text.ts';
import { shapeProblems } from './graph.ts';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './history.ts';
import { ProcessProblemsQuery } from './process-problems.query.ts';
import { ProcessQuery } from './process.query.ts';
import { processesMessages } from './processes.messages.ts';
import type { ListedProblem } from './ProblemsList.tsx';
import { PublishProcessMutation } from './publish-process.mutation.ts';
import { RestoreProcessVersionMutation } from './restore-process-version.mutation.ts';
import { SaveProcessDraftMutation } from './save-process-draft.mutation.ts';
import type { LoadedProcess } from './VersionHistory.tsx';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'incomplete';

const AUTOSAVE_MS = 700;
const parsed = (draft: unknown): Definition => {
  const result = parseDefinition(draft);
  return 'definition' in result ? result.definition : emptyDefinition();
};
const snapshot = (name: string, definition: Definition) => JSON.stringify({ name, definition });

/**
 * One process's draft in the editor: loaded, edited with undo/redo, saved a moment after each change (when the
 * schema takes it), checked by the API after each save (processProblems), published and restored from a version.
 */
export function createProcessDraft(id: () => string) {
  const t = useMessages(processesMessages);
  const client = useClient();
  const [process, setProcess] = createSignal<LoadedProcess | null>(null);
  const [missing, setMissing] = createSignal(false);
  const [history, setHistory] = createSignal<History<Definition>>(startHistory(emptyDefinition()));
  const [name, setName] = createSignal('');
  const [saved, setSaved] = createSignal(snapshot('', emptyDefinition()));
  const [saving, setSaving] = createSignal(false);
  const [problems, setProblems] = createSignal<ListedProblem[] | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [publishing, setPublishing] = createSignal(false);
  const definition = () => history().present;
  const shape = createMemo(() => shapeProblems(definition()));

  const checkProblems = async () => {
    const result = await client.query(ProcessProblemsQuery, { processId: id() }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) setProblems(result.data.processProblems);
  };

  const load = async (keepHistory = false) => {
    const result = await client.query(ProcessQuery, { id: id() }, { requestPolicy: 'network-only' }).toPromise();
    const found = result.data?.node;
    const node = found && 'draft' in found ? (found as LoadedProcess) : null;
    if (!node) {
      if (result.error) setError(failureText(result.error, t('list.failed')));
      else setMissing(true);
      return;
    }
    setProcess(node);
    const draft = parsed(node.draft);
    setName(node.name);
    setSaved(snapshot(node.name, draft));
    setHistory((old) => (keepHistory ? record(old, draft) : startHistory(draft)));
    void checkProblems();
  };
  createEffect(on(id, () => void load()));

  const state = (): SaveState => {
    if (saving()) return 'saving';
    if (snapshot(name(), definition()) === saved()) return 'saved';
    return shape().length ? 'incomplete' : 'dirty';
  };

  /** Saves the draft if it changed and the schema takes it; true when what the editor shows is saved. */
  const save = async (): Promise<boolean> => {
    const current = snapshot(name(), definition());
    if (current === saved()) return true;
    if (shape().length || saving()) return false;
    setSaving(true);
    const trimmed = name().trim();
    const result = await client
      .mutation(SaveProcessDraftMutation, { input: { processId: id(), definition: definition(), ...(trimmed ? { name: trimmed } : {}) } })
      .toPromise();
    setSaving(false);
    const outcome = mutationOutcome(result, (data) => data.saveProcessDraft, t('list.failed'));
    if (outcome.error !== null) {
      setError(outcome.error);
      return false;
    }
    setError(null);
    setSaved(current);
    const updated = outcome.payload.process;
    if (updated) setProcess((old) => (old ? { ...old, ...updated } : old));
    void checkProblems();
    // Edits made while the request was out are saved next.
    if (snapshot(name(), definition()) !== current) schedule();
    return snapshot(name(), definition()) === current;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), AUTOSAVE_MS);
  };
  createEffect(on([definition, name], () => state() === 'dirty' && schedule(), { defer: true }));
  // Leaving the editor within the autosave's delay still saves.
  onCleanup(() => {
    clearTimeout(timer);
    if (state() === 'dirty') void save();
  });

  const publish = async () => {
    setNotice(null);
    setPublishing(true);
    clearTimeout(timer);
    const ready = await save();
    if (!ready) {
      setPublishing(false);
      return;
    }
    const result = await client.mutation(PublishProcessMutation, { input: { processId: id() } }).toPromise();
    setPublishing(false);
    const payload = result.data?.publishProcess;
    if (payload?.problems.length) setProblems(payload.problems);
    const outcome = mutationOutcome(result, (data) => data.publishProcess, t('list.failed'));
    if (outcome.error !== null) return setError(outcome.error);
    setError(null);
    await load(true);
    const version = process()?.published?.version;
    if (version) setNotice(t('editor.published', { version: String(version) }));
  };

  const restore = async (versionId: string) => {
    clearTimeout(timer);
    const result = await client.mutation(RestoreProcessVersionMutation, { input: { versionId } }).toPromise();
    const outcome = mutationOutcome(result, (data) => data.restoreProcessVersion, t('list.failed'));
    if (outcome.error !== null) return setError(outcome.error);
    setError(null);
    // The restore is one more undoable step: undo brings the previous draft back (and saves it).
    await load(true);
  };

  return {
    process,
    missing,
    definition,
    shape,
    name,
    setName,
    state,
    problems,
    error,
    notice,
    publishing,
    save,
    publish,
    restore,
    edit: (next: Definition, key?: string) => {
      setNotice(null);
      setHistory((old) => record(old, next, key ?? null));
    },
    undo: () => setHistory(undo),
    redo: () => setHistory(redo),
    canUndo: () => canUndo(history()),
    canRedo: () => canRedo(history()),
  };
}

export type ProcessDraft = ReturnType<typeof createProcessDraft>;
