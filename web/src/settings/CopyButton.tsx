import { createSignal } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from '../ui/common.messages.ts';

/** Copies `text` to the clipboard and says so for a moment. */
export const CopyButton = (props: { text: string }) => {
  const t = useMessages(commonMessages);
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    await navigator.clipboard.writeText(props.text).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" class="btn btn-small" onClick={() => void copy()}>
      {copied() ? t('copied') : t('copy')}
    </button>
  );
};
