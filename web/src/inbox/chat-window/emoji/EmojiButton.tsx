import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { SmileIcon } from '../../../ui/icons.tsx';
import { emojiMessages } from './emoji.messages.ts';
import './emoji.css';

// The common ones, by group: no font or network needed beyond the system's emoji.
const groups: { name: 'smileys' | 'hands' | 'things'; emoji: string }[] = [
  { name: 'smileys', emoji: '😀 😃 😄 😁 😅 😂 🙂 😉 😊 😍 😘 😎 🤔 😐 😴 😢 😭 😡 😱 🤗 🙏 👋' },
  { name: 'hands', emoji: '👍 👎 👌 ✌️ 🤝 👏 🙌 💪 ☝️ 👉 👀 🤞' },
  { name: 'things', emoji: '❤️ 💔 ⭐ 🔥 ✅ ❌ ⚠️ ❓ 💡 🎉 🎁 📦 🚚 💳 💰 📞 📧 📅 ⏰ 🛒 🏷️ 📍' },
];

/** An emoji button for the composer: picks one and hands it to `onPick` (inserted at the caret). */
export const EmojiButton = (props: { onPick: (emoji: string) => void; disabled?: boolean | undefined }) => {
  const t = useMessages(emojiMessages);
  const [open, setOpen] = createSignal(false);
  return (
    <span class="emoji-control">
      <button
        type="button"
        class="btn btn-small btn-ghost"
        data-testid="emoji-button"
        title={t('button')}
        aria-label={t('button')}
        aria-expanded={open()}
        disabled={props.disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open())}
      >
        <SmileIcon />
      </button>
      <Show when={open()}>
        <div class="emoji-panel" role="dialog" aria-label={t('panel')} data-testid="emoji-panel" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
          <For each={groups}>
            {(group) => (
              <div class="emoji-group">
                <div class="emoji-group-name">{t(`groups.${group.name}`)}</div>
                <div class="emoji-grid">
                  <For each={group.emoji.split(' ')}>
                    {(emoji) => (
                      <button
                        type="button"
                        class="emoji-option"
                        data-testid="emoji-option"
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => {
                          props.onPick(emoji);
                          setOpen(false);
                        }}
                      >
                        {emoji}
                      </button>
                    )}
                  </For>
                </div>
              </div>
            )}
          </For>
        </div>
      </Show>
    </span>
  );
};
