import { For, Index, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { dismissOnOutside } from '../../ui/dismiss.ts';
import { SHORTCUTS } from './inbox-keys.ts';
import { layoutMessages } from './layout.messages.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
// "Ctrl+Enter" as keys; the composer takes ⌘ for Ctrl on a Mac, the inbox's own shortcuts take Ctrl everywhere.
const keysOf = (combo: string, composer: boolean) => combo.split('+').map((key) => (composer && isMac && key === 'Ctrl' ? '⌘' : key));

// Every shortcut of the inbox, from the one list in inbox-keys.ts; opened from the operator's menu.
export const ShortcutsPanel = (props: { onClose: () => void }) => {
  const t = useMessages(layoutMessages);
  let root!: HTMLDivElement;
  dismissOnOutside(() => root, props.onClose);
  return (
    <div class="shortcuts-popover" ref={root} role="dialog" aria-label={t('shortcuts.title')} data-testid="shortcuts-popover">
      <h3>{t('shortcuts.title')}</h3>
      <dl class="shortcuts-list">
        <For each={SHORTCUTS}>
          {(shortcut) => (
            <div class="shortcuts-row" data-testid="shortcut" data-shortcut={shortcut.id}>
              <dt>
                <Index each={shortcut.keys}>
                  {(combo, index) => (
                    <>
                      <Show when={index > 0}>{` ${t('shortcuts.or')} `}</Show>
                      <span class="shortcut-combo">
                        <Index each={keysOf(combo(), !shortcut.global)}>
                          {(key, at) => (
                            <>
                              <Show when={at > 0}>+</Show>
                              <kbd>{key()}</kbd>
                            </>
                          )}
                        </Index>
                      </span>
                    </>
                  )}
                </Index>
              </dt>
              <dd>{t(`shortcuts.${shortcut.id}`)}</dd>
            </div>
          )}
        </For>
      </dl>
    </div>
  );
};
