import { createQuery } from '@urql/solid';
import { For, Show } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from '../ui/common.messages.ts';
import { CrmSections } from '../inbox/client-card/crm/CrmSections.tsx';
import { Avatar } from '../ui/Avatar.tsx';
import { ChannelIcon } from '../ui/ChannelIcon.tsx';
import { createNow } from '../ui/clock.ts';
import { agoPhrase, formatDateTime } from '../ui/format.ts';
import { audienceMessages } from './audience.messages.ts';
import { ClientDetailsQuery } from './client-details.query.ts';
import { failureText } from '../shared/refusal-text.ts';

type Props = { clientId: string; onClose: () => void };

// The inbox's ClientCard needs a conversation; the Audience opens a client, so it shows the card's CRM sections
// (which take a client id) under a head of its own. Changes made there reach the table's row as everyone's do
// (the list's clientsChanged subscription).
export const ClientDetails = (props: Props) => {
  const t = useMessages(audienceMessages);
  const common = useMessages(commonMessages);
  const now = createNow();
  const [result] = createQuery({ query: ClientDetailsQuery, variables: () => ({ id: props.clientId }), requestPolicy: 'cache-and-network' });

  return (
    <aside class="audience-side" aria-label={t('details.label')} data-testid="client-details">
      <div class="audience-side-head">
        <span class="audience-side-title">{t('details.title')}</span>
        <button type="button" class="btn btn-small btn-ghost" aria-label={common('close')} data-testid="client-details-close" onClick={() => props.onClose()}>
          ✕
        </button>
      </div>
      <div class="audience-side-body">
        <Show when={result.data?.client} fallback={<div class="empty-state">{result.fetching ? <span class="spinner" /> : failureText(result.error, t('details.missing'))}</div>}>
          {(client) => (
            <div class="details-hero">
              <Avatar name={client().name} url={client().avatarUrl} size={56} />
              <div class="details-name" data-testid="client-details-name">
                {client().name}
              </div>
              <Show when={client().sourceChannel}>
                {(channel) => (
                  <div class="details-sub">
                    <ChannelIcon kind={channel().kind} size={14} /> {t('details.cameVia', channel().name)}
                  </div>
                )}
              </Show>
              <div class="details-sub" title={formatDateTime(client().createdAt)}>
                {t('details.since', formatDateTime(client().createdAt), agoPhrase(client().lastActivityAt, now()))}
              </div>
              <For each={client().conversations.edges.map((edge) => edge.node)}>
                {(conversation) => (
                  <a class="btn btn-small" data-testid="open-chat" href={`#/c/${encodeURIComponent(conversation.id)}`}>
                    {t('details.openChat', conversation.channel.name)}
                  </a>
                )}
              </For>
            </div>
          )}
        </Show>
        <Show when={props.clientId} keyed>
          {(id) => <CrmSections clientId={id} />}
        </Show>
      </div>
    </aside>
  );
};
