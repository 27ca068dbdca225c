import { Show } from 'solid-js';
import type { ClientControlsFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { formatDateTime } from '../../ui/format.ts';
import { clientCardMessages } from './client-card.messages.ts';
import { createClientControls } from './client-controls.ts';

type Props = {
  client: ClientControlsFragment;
  onChanged: (client: ClientControlsFragment) => void;
};

// The card's "Automation" section: the bot's state with Pause 24 h / Resume, and Block / Unblock.
export const ClientControls = (props: Props) => {
  const t = useMessages(clientCardMessages);
  const controls = createClientControls(() => props.client.id, (client) => props.onChanged(client));
  return (
    <section class="card-section client-controls">
      <h3>{t('controls.title')}</h3>
      <div class="control-row" data-testid="bot-status" data-bot-active={props.client.botActive}>
        <span class="control-state">
          <span class="control-dot" classList={{ 'is-on': props.client.botActive }} />
          <Show
            when={props.client.botActive}
            fallback={props.client.botPausedUntil ? t('controls.botPausedUntil', formatDateTime(props.client.botPausedUntil)) : t('controls.botPaused')}
          >
            {t('controls.botActive')}
          </Show>
        </span>
        <Show
          when={props.client.botActive}
          fallback={
            <button class="btn btn-small" data-testid="bot-resume" disabled={controls.busy()} onClick={() => void controls.resumeBot()}>
              {t('controls.resume')}
            </button>
          }
        >
          <button class="btn btn-small" data-testid="bot-pause" disabled={controls.busy()} onClick={() => void controls.pauseBot()}>
            {t('controls.pause')}
          </button>
        </Show>
      </div>
      <div class="control-row" data-testid="client-blocked" data-blocked={props.client.blocked}>
        <span class="control-state" classList={{ 'is-blocked': props.client.blocked }}>
          {props.client.blocked ? t('controls.blocked') : t('controls.notBlocked')}
        </span>
        <Show
          when={props.client.blocked}
          fallback={
            <button class="btn btn-small control-danger" data-testid="client-block" disabled={controls.busy()} onClick={() => void controls.block()}>
              {t('controls.block')}
            </button>
          }
        >
          <button class="btn btn-small" data-testid="client-unblock" disabled={controls.busy()} onClick={() => void controls.unblock()}>
            {t('controls.unblock')}
          </button>
        </Show>
      </div>
      <Show when={controls.error()}>{(message) => <div class="error-text control-error">{message()}</div>}</Show>
    </section>
  );
};
