import { For, Show } from 'solid-js';
import { parseDefinition, type Definition } from '../../../workflows/src/processes/definition.ts';
import type { ProcessQuery } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { formatDateTime } from '../ui/format.ts';
import { diffDefinitions } from './diff.ts';
import { processesMessages } from './processes.messages.ts';

/** The process as the editor loads it (node(id:) answers other types as an empty object). */
export type LoadedProcess = Extract<NonNullable<ProcessQuery['node']>, { draft: unknown }>;
export type Version = LoadedProcess['versions'][number];

/** A version's definition as the editor reads it (defaults filled in); null when it does not parse. */
export const versionDefinition = (version: Version): Definition | null => {
  const parsed = parseDefinition(version.definition);
  return 'definition' in parsed ? parsed.definition : null;
};

type Props = {
  versions: readonly Version[];
  viewing: Version | null;
  draft: Definition;
  readOnly: boolean;
  onView: (version: Version | null) => void;
  onRestore: (version: Version) => void;
};

/** The published versions, newest first: view one on the canvas, compare it with the draft, restore it to the draft. */
export const VersionHistory = (props: Props) => {
  const t = useMessages(processesMessages);
  const list = (blocks: readonly { number: number; name: string }[]) => blocks.map((block) => `#${block.number}${block.name ? ` ${block.name}` : ''}`).join(', ');
  return (
    <div class="process-panel-body" data-testid="process-versions">
      <div class="process-panel-title">{t('versions.heading')}</div>
      <Show when={props.versions.length} fallback={<p class="process-field-hint">{t('versions.none')}</p>}>
        <ul class="process-versions">
          <For each={props.versions}>
            {(version) => {
              const when = () => formatDateTime(version.publishedAt);
              const diff = () => {
                const definition = versionDefinition(version);
                return definition ? diffDefinitions(definition, props.draft) : null;
              };
              return (
                <li class="process-version" classList={{ 'is-active': props.viewing?.id === version.id }} data-testid="process-version" data-version={version.version}>
                  <div class="process-version-head">
                    <strong>{t('versions.item', { version: String(version.version) })}</strong>
                    <span class="process-field-hint">
                      {version.publishedBy ? t('versions.by', { when: when(), name: version.publishedBy.name }) : t('versions.byApi', { when: when() })}
                    </span>
                  </div>
                  <div class="process-version-actions">
                    <Show
                      when={props.viewing?.id === version.id}
                      fallback={
                        <button type="button" class="btn btn-small" data-testid="process-version-view" onClick={() => props.onView(version)}>
                          {t('versions.view')}
                        </button>
                      }
                    >
                      <button type="button" class="btn btn-small" onClick={() => props.onView(null)}>
                        {t('versions.backToDraft')}
                      </button>
                    </Show>
                    <Show when={!props.readOnly}>
                      <button type="button" class="btn btn-small" data-testid="process-version-restore" onClick={() => props.onRestore(version)}>
                        {t('versions.restore')}
                      </button>
                    </Show>
                  </div>
                  <Show when={props.viewing?.id === version.id && diff()}>
                    {(changes) => (
                      <div class="process-diff" data-testid="process-diff">
                        <div class="process-field-label">{t('versions.compare')}</div>
                        <Show when={changes().added.length || changes().removed.length || changes().changed.length} fallback={<p>{t('versions.same')}</p>}>
                          <Show when={changes().added.length}>
                            <p class="diff-added" data-testid="diff-added">{t('versions.added', { list: list(changes().added) })}</p>
                          </Show>
                          <Show when={changes().removed.length}>
                            <p class="diff-removed" data-testid="diff-removed">{t('versions.removed', { list: list(changes().removed) })}</p>
                          </Show>
                          <Show when={changes().changed.length}>
                            <p class="diff-changed" data-testid="diff-changed">{t('versions.changed', { list: list(changes().changed) })}</p>
                          </Show>
                        </Show>
                      </div>
                    )}
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </div>
  );
};
