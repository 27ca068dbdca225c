import { createSignal, For, Show } from 'solid-js';
import type { PreChatField } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import type { WidgetSession } from './widget-session.ts';
import { widgetMessages } from './widget.messages.ts';

const inputs: Record<PreChatField, { name: 'name' | 'email' | 'phone'; type: string; autocomplete: string }> = {
  NAME: { name: 'name', type: 'text', autocomplete: 'name' },
  EMAIL: { name: 'email', type: 'email', autocomplete: 'email' },
  PHONE: { name: 'phone', type: 'tel', autocomplete: 'tel' },
};

// The channel's questions before a new visitor's first message; every answer may stay blank, and Skip goes on.
export const WidgetPreChat = (props: { session: WidgetSession }) => {
  const t = useMessages(widgetMessages);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const finish = async (answers: { name?: string; email?: string; phone?: string } | null) => {
    setBusy(true);
    setError(await props.session.introduce(answers));
    setBusy(false);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement)) as Record<string, string>;
    void finish({ name: values['name'] || undefined, email: values['email'] || undefined, phone: values['phone'] || undefined });
  };

  return (
    <form class="w-prechat" data-testid="widget-prechat" onSubmit={submit}>
      <div class="w-empty-title">{t('hello')}</div>
      <p>{t('preChat.intro')}</p>
      <For each={props.session.preChat()}>
        {(field) => (
          <label class="w-prechat-field">
            <span>{t(`preChat.${field}`)}</span>
            <input class="w-input" data-testid={`widget-prechat-${inputs[field].name}`} name={inputs[field].name} type={inputs[field].type} autocomplete={inputs[field].autocomplete} maxLength={200} />
          </label>
        )}
      </For>
      <Show when={error()}>{(message) => <p class="w-failed" role="alert">{message()}</p>}</Show>
      <button class="w-prechat-start" type="submit" data-testid="widget-prechat-start" disabled={busy()}>
        {t('preChat.start')}
      </button>
      <button class="w-prechat-skip" type="button" data-testid="widget-prechat-skip" disabled={busy()} onClick={() => void finish(null)}>
        {t('preChat.skip')}
      </button>
    </form>
  );
};
