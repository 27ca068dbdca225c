import { createQuery } from '@urql/solid';
import { createSignal, For, Index, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { chatWindowMessages } from './chat-window.messages.ts';
import { ChannelTemplatesQuery } from './channel-capabilities.query.ts';

type Template = { name: string; language: string; text: string; parameters: number };

/**
 * WhatsApp's approved templates (the only thing it takes 24 hours after the client's last message): one is chosen,
 * its parameters filled, and it is sent as it is.
 */
export const TemplatePicker = (props: { channelId: string; disabled?: boolean; onSend: (template: { name: string; language: string; parameters: string[] }) => Promise<boolean> }) => {
  const t = useMessages(chatWindowMessages);
  const [open, setOpen] = createSignal(false);
  const [chosen, setChosen] = createSignal<Template | null>(null);
  const [values, setValues] = createSignal<string[]>([]);
  const [templates] = createQuery({ query: ChannelTemplatesQuery, variables: () => ({ id: props.channelId }), pause: () => !open() });
  const list = () => {
    const node = templates.data?.node;
    return node && 'templates' in node ? node.templates : [];
  };
  const choose = (template: Template) => (setChosen(template), setValues(Array.from({ length: template.parameters }, () => '')));
  return (
    <>
      <button type="button" class="btn btn-small btn-ghost" data-testid="template-button" disabled={props.disabled} aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('composer.templates')}
      </button>
      <Show when={open()}>
        <div class="template-picker" data-testid="template-picker">
          <Show when={!templates.fetching} fallback={<p class="template-hint">{t('composer.templatesLoading')}</p>}>
            <Show when={list().length} fallback={<p class="template-hint">{t('composer.noTemplates')}</p>}>
              <For each={list()}>
                {(template) => (
                  <button type="button" class="template-item" classList={{ 'is-chosen': chosen()?.name === template.name && chosen()?.language === template.language }} data-testid="template-item" onClick={() => choose(template)}>
                    <strong>{template.name}</strong> <span>{template.language}</span>
                    <span class="template-text">{template.text}</span>
                  </button>
                )}
              </For>
            </Show>
          </Show>
          <Show when={chosen()}>
            {(template) => (
              <form
                class="template-form"
                onSubmit={async (event) => {
                  event.preventDefault();
                  const sent = await props.onSend({ name: template().name, language: template().language, parameters: values() });
                  if (!sent) return;
                  setOpen(false);
                  setChosen(null);
                }}
              >
                <Index each={values()}>
                  {(value, index) => (
                    <input
                      data-testid="template-parameter"
                      aria-label={t('composer.templateParameter', { n: String(index + 1) })}
                      placeholder={`{{${index + 1}}}`}
                      required
                      value={value()}
                      onInput={(event) => setValues(values().map((old, i) => (i === index ? event.currentTarget.value : old)))}
                    />
                  )}
                </Index>
                <button type="submit" class="btn btn-small btn-primary" data-testid="template-send" disabled={props.disabled}>
                  {t('composer.sendTemplate')}
                </button>
              </form>
            )}
          </Show>
        </div>
      </Show>
    </>
  );
};
