import { createMemo, createSignal, For, Show } from 'solid-js';
import type { ChannelKind } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { channelMessages, fieldLabel, kindLabel } from './channels.messages.ts';

type Kind = { kind: ChannelKind; connectable: boolean; fields: readonly { name: string; secret: boolean; optional: boolean }[] };

/** Connects a messenger: its kind, then the fields its driver asks (secrets as passwords), checked by the server. */
export const ConnectMessengerForm = (props: { kinds: readonly Kind[]; busy: boolean; onConnect: (kind: ChannelKind, fields: { name: string; value: string }[]) => Promise<boolean> }) => {
  const t = useMessages(channelMessages);
  const messengers = createMemo(() => props.kinds.filter((kind) => kind.kind !== 'WEBCHAT' && kind.connectable));
  const [chosen, setChosen] = createSignal<ChannelKind | null>(null);
  const kind = () => messengers().find((entry) => entry.kind === (chosen() ?? messengers()[0]?.kind));
  const [values, setValues] = createSignal<Record<string, string>>({});
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = kind();
    if (!current) return;
    const fields = current.fields.map((field) => ({ name: field.name, value: values()[field.name] ?? '' }));
    if (await props.onConnect(current.kind, fields)) setValues({});
  };
  return (
    <Show when={messengers().length}>
      <form class="settings-card settings-connect" data-testid="connect-messenger" onSubmit={submit}>
        <h3>{t('connectMessenger')}</h3>
        <label class="settings-inline">
          {t('messenger')}
          <select data-testid="connect-kind" value={kind()?.kind} onChange={(event) => (setChosen(event.currentTarget.value as ChannelKind), setValues({}))}>
            <For each={messengers()}>{(entry) => <option value={entry.kind}>{kindLabel(t, entry.kind)}</option>}</For>
          </select>
        </label>
        <For each={kind()?.fields ?? []}>
          {(field) => (
            <label class="settings-field">
              <span>
                {fieldLabel(t, field.name)}
                {field.optional ? ` ${t('optional')}` : ''}
              </span>
              <input
                data-testid={`connect-field-${field.name}`}
                type={field.secret ? 'password' : 'text'}
                autocomplete="off"
                required={!field.optional}
                value={values()[field.name] ?? ''}
                onInput={(event) => setValues({ ...values(), [field.name]: event.currentTarget.value })}
              />
            </label>
          )}
        </For>
        <Show when={kind()?.kind === 'TELEGRAM'}>
          <p class="settings-hint">{t('telegramHint')}</p>
        </Show>
        <button type="submit" class="btn btn-primary" data-testid="connect-submit" disabled={props.busy}>
          {t('connect')}
        </button>
      </form>
    </Show>
  );
};
