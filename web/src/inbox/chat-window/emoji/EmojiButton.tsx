import { createSignal, For, Show } from 'solid-js';
import './emoji.css';

// The common ones, by group: no font or network needed beyond the system's emoji.
const groups: { name: string; emoji: string }[] = [
  { name: 'Smileys', emoji: '😀 😃 😄 😁 😅 😂 🙂 😉 😊 😍 😘 😎 🤔 😐 😴 😢 😭 😡 😱 🤗 🙏 👋' },
  { name: 'Hands', emoji: '👍 👎 👌 ✌️ 🤝 👏 🙌 💪 ☝️ 👉 👀 🤞' },
  { name: 'Things', emoji: '❤️ 💔 ⭐ 🔥 ✅ ❌ ⚠️ ❓ 💡 🎉 🎁 📦 🚚 💳 💰 📞 📧 📅 ⏰ 🛒 🏷️ 📍' },
];

/** An emoji button for the composer: picks one and hands it to `onPick` (inserted at the caret). */
export const EmojiButton = (props: { onPick: (emoji: string) => void; disabled?: boolean | undefined }) => {
  const [open, setOpen] = createSignal(false);
  return (
    <span class="emoji-control">
      <button
        type="button"
        class="btn btn-small btn-ghost"
        data-testid="emoji-button"
        title="Emoji"
        aria-expanded={open()}
        disabled={props.disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open())}
      >
        🙂
      </button>
      <Show when={open()}>
        <div class="emoji-panel" role="dialog" aria-label="Emoji" data-testid="emoji-panel" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
          <For each={groups}>
            {(group) => (
              <div class="emoji-group">
                <div class="emoji-group-name">{group.name}</div>
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
