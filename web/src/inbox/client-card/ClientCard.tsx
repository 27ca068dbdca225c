import { For, Show, type JSX } from 'solid-js';
import type { ClientControlsFragment, ConversationListItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { ChannelIcon } from '../../ui/ChannelIcon.tsx';
import { createNow } from '../../ui/clock.ts';
import { agoPhrase, formatDateTime, formatNumber } from '../../ui/format.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { CardToolbar } from './CardToolbar.tsx';
import { clientCardMessages } from './client-card.messages.ts';
import { ClientControls } from './ClientControls.tsx';
import { CrmSections } from './crm/CrmSections.tsx';
import { MediaSection } from './media/MediaSection.tsx';
import { OrdersSection } from './orders/OrdersSection.tsx';
import { TasksSection } from './tasks/TasksSection.tsx';
import { ScheduledSection } from '../scheduled/ScheduledSection.tsx';
import { ProcessesSection } from '../processes/ProcessesSection.tsx';
import type { MessageBus } from '../chat-window/message-bus.ts';

const Row = (props: { label: string; children: JSX.Element }) => (
  <div class="card-row">
    <dt>{props.label}</dt>
    <dd>{props.children}</dd>
  </div>
);

const Missing = (props: { label: string }) => <span class="card-missing">{props.label}</span>;

const When = (props: { iso: string; now: number }) => (
  <time dateTime={props.iso} title={formatDateTime(props.iso)}>
    {formatDateTime(props.iso)}
    <span class="card-ago"> · {agoPhrase(props.iso, props.now)}</span>
  </time>
);

type Props = {
  conversation: ConversationListItemFragment | undefined;
  onClientChanged: (client: ClientControlsFragment) => void;
  // 'large': the wide view in a modal (Ctrl+Shift+S), sections side by side.
  variant?: 'pane' | 'large';
  onClose: () => void;
  onExpand?: (() => void) | undefined;
  /** A phone's Back to the conversation, in place of ✕. */
  onBack?: (() => void) | undefined;
  /** The inbox's live messages: the scheduled section follows its pending sends on it. */
  messageBus?: MessageBus | undefined;
};

export const ClientCard = (props: Props) => {
  const t = useMessages(clientCardMessages);
  const common = useMessages(commonMessages);
  const now = createNow();
  const large = () => props.variant === 'large';
  return (
    <aside
      class="client-card"
      classList={{ pane: !large(), 'is-large': large(), 'has-back': !!props.onBack }}
      data-testid={large() ? 'client-card-large' : 'client-card'}
      aria-label={t('label')}
    >
      <CardToolbar large={large()} onClose={props.onClose} onBack={props.onBack} onExpand={props.conversation ? props.onExpand : undefined} />
      <Show
        when={props.conversation}
        fallback={
          <div class="empty-state">
            <span>{t('empty')}</span>
          </div>
        }
      >
        {(conversation) => {
          const client = () => conversation().client;
          return (
            <div class="client-card-body">
              <div class="client-card-hero">
                <Avatar name={client().name} url={client().avatarUrl} size={64} />
                <div class="client-card-name">{client().name}</div>
                <div class="client-card-via">
                  <ChannelIcon kind={conversation().channel.kind} size={14} />
                  {common(`channels.${conversation().channel.kind}`)} · {conversation().channel.name}
                </div>
              </div>

              <section class="card-section">
                <h3>{t('contact.title')}</h3>
                <dl>
                  <Row label={t('contact.phone')}>
                    <Show when={client().phone} fallback={<Missing label={t('notSet')} />}>
                      {(phone) => <a href={`tel:${phone()}`}>{phone()}</a>}
                    </Show>
                  </Row>
                  <Row label={t('contact.email')}>
                    <Show when={client().email} fallback={<Missing label={t('notSet')} />}>
                      {(email) => <a href={`mailto:${email()}`}>{email()}</a>}
                    </Show>
                  </Row>
                  <Row label={t('contact.created')}>
                    <When iso={client().createdAt} now={now()} />
                  </Row>
                  <Row label={t('contact.lastActivity')}>
                    <When iso={client().lastActivityAt} now={now()} />
                  </Row>
                </dl>
              </section>

              <Show when={client().id} keyed>
                {(clientId) => <CrmSections clientId={clientId} />}
              </Show>

              <Show when={client().id} keyed>
                {(clientId) => <OrdersSection clientId={clientId} />}
              </Show>

              <ClientControls client={client()} onChanged={props.onClientChanged} />

              <Show when={client().id} keyed>
                {(clientId) => <ProcessesSection clientId={clientId} />}
              </Show>

              <Show when={client().id} keyed>
                {(clientId) => (
                  <ScheduledSection
                    clientId={clientId}
                    messageBus={props.messageBus}
                    changedAt={`${conversation().scheduledCount}:${conversation().lastActivityAt}`}
                  />
                )}
              </Show>

              <Show when={client().id} keyed>
                {(clientId) => <TasksSection clientId={clientId} />}
              </Show>

              <section class="card-section">
                <h3>{t('channels.title')}</h3>
                <Show when={client().channels.length} fallback={<div class="card-missing">{t('channels.none')}</div>}>
                  <ul class="card-channels">
                    <For each={client().channels}>
                      {(link) => (
                        <li>
                          <ChannelIcon kind={link.channel.kind} size={22} />
                          <span class="card-channel-text">
                            <span class="card-channel-name">{link.channel.name}</span>
                            <span class="card-channel-id" title={t('channels.idTitle')}>
                              {t('channels.id', common(`channels.${link.channel.kind}`))} <code>{link.platformId}</code>
                            </span>
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </section>

              <MediaSection clientId={client().id} changedAt={conversation().lastActivityAt} />

              <section class="card-section">
                <h3>{t('conversation.title')}</h3>
                <dl>
                  <Row label={t('conversation.status')}>
                    <span class={`status-chip status-chip-${conversation().status}`}>{t(`conversation.${conversation().status}`)}</span>
                  </Row>
                  <Row label={t('conversation.assignee')}>
                    <Show when={conversation().assignee} fallback={<span class="card-missing">{common('unassigned')}</span>}>
                      {(assignee) => (
                        <span class="card-assignee">
                          <Avatar name={assignee().name} url={assignee().avatarUrl} size={20} />
                          {assignee().name}
                        </span>
                      )}
                    </Show>
                  </Row>
                  <Row label={t('conversation.team')}>
                    <Show when={conversation().team} fallback={<span class="card-missing">{t('conversation.noTeam')}</span>}>
                      {(team) => <span data-testid="card-team">{team().name}</span>}
                    </Show>
                  </Row>
                  <Row label={t('conversation.started')}>
                    <When iso={conversation().createdAt} now={now()} />
                  </Row>
                  <Row label={t('conversation.unread')}>{formatNumber(conversation().unreadCount)}</Row>
                </dl>
              </section>
            </div>
          );
        }}
      </Show>
    </aside>
  );
};
