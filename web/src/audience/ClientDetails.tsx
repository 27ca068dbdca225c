import { createQuery } from '@urql/solid';
import { For, Show, type JSX } from 'solid-js';
import { Avatar } from '../ui/Avatar.tsx';
import { ChannelIcon, channelLabel } from '../ui/ChannelIcon.tsx';
import { createNow } from '../ui/clock.ts';
import { agoPhrase, formatDateTime } from '../ui/format.ts';
import { ClientDetailsQuery } from './client-details.query.ts';
import { LabelChip } from './LabelChips.tsx';

const Row = (props: { label: string; children: JSX.Element }) => (
  <div class="details-row">
    <dt>{props.label}</dt>
    <dd>{props.children}</dd>
  </div>
);

const Missing = () => <span class="cell-missing">Not set</span>;

// The inbox's ClientCard shows a conversation's client; the Audience opens clients with no conversation at hand,
// so it has this read-only panel of its own.
export const ClientDetails = (props: { clientId: string; onClose: () => void }) => {
  const now = createNow();
  const [result] = createQuery({ query: ClientDetailsQuery, variables: () => ({ id: props.clientId }), requestPolicy: 'cache-and-network' });
  const when = (iso: string) => (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatDateTime(iso)} <span class="cell-missing">· {agoPhrase(iso, now())}</span>
    </time>
  );

  return (
    <aside class="audience-side" aria-label="Client details" data-testid="client-details">
      <div class="audience-side-head">
        <span class="audience-side-title">Client</span>
        <button type="button" class="btn btn-small btn-ghost" aria-label="Close" data-testid="client-details-close" onClick={() => props.onClose()}>
          ✕
        </button>
      </div>
      <Show when={result.data?.client} fallback={<div class="empty-state">{result.fetching ? <span class="spinner" /> : (result.error?.message ?? 'No such client.')}</div>}>
        {(client) => (
          <div class="audience-side-body">
            <div class="details-hero">
              <Avatar name={client().name} url={client().avatarUrl} size={56} />
              <div class="details-name" data-testid="client-details-name">
                {client().name}
              </div>
              <Show when={client().sourceChannel}>
                {(channel) => (
                  <div class="details-sub">
                    <ChannelIcon kind={channel().kind} size={14} /> came via {channel().name}
                  </div>
                )}
              </Show>
            </div>
            <section class="details-section">
              <h3>Contact</h3>
              <dl>
                <Row label="Phone">
                  <Show when={client().phone} fallback={<Missing />}>
                    {(phone) => <a href={`tel:${phone()}`}>{phone()}</a>}
                  </Show>
                </Row>
                <Row label="E-mail">
                  <Show when={client().email} fallback={<Missing />}>
                    {(email) => <a href={`mailto:${email()}`}>{email()}</a>}
                  </Show>
                </Row>
                <Row label="Country">{client().country ?? <Missing />}</Row>
                <Row label="Owner">{client().owner?.name ?? <Missing />}</Row>
                <Row label="Bot">{client().botActive ? 'Answers' : 'Paused'}</Row>
                <Row label="Status">{client().deletedAt ? 'Deleted' : client().blocked ? 'Blocked' : client().archived ? 'Archived' : 'Active'}</Row>
                <Row label="Created">{when(client().createdAt)}</Row>
                <Row label="Last activity">{when(client().lastActivityAt)}</Row>
              </dl>
            </section>
            <section class="details-section">
              <h3>Tags and lists</h3>
              <Show when={client().tags.length + client().lists.length} fallback={<Missing />}>
                <div class="label-chips is-wrapping">
                  <For each={client().tags}>{(label) => <LabelChip label={label} kind="tag" />}</For>
                  <For each={client().lists}>{(label) => <LabelChip label={label} kind="list" />}</For>
                </div>
              </Show>
            </section>
            <Show when={client().variables.some((variable) => !variable.system && variable.value)}>
              <section class="details-section">
                <h3>Variables</h3>
                <dl>
                  <For each={client().variables.filter((variable) => !variable.system && variable.value)}>
                    {(variable) => <Row label={variable.name}>{variable.value}</Row>}
                  </For>
                </dl>
              </section>
            </Show>
            <Show when={client().sales.length}>
              <section class="details-section">
                <h3>Sales</h3>
                <dl>
                  <For each={client().sales}>
                    {(total) => (
                      <Row label={total.currency}>
                        {total.amount.toLocaleString()} · {total.count} {total.count === 1 ? 'deal' : 'deals'}
                      </Row>
                    )}
                  </For>
                </dl>
              </section>
            </Show>
            <Show when={client().tracking.source || client().tracking.campaign}>
              <section class="details-section">
                <h3>Came from</h3>
                <dl>
                  <Row label="Source">{client().tracking.source ?? <Missing />}</Row>
                  <Row label="Campaign">{client().tracking.campaign ?? <Missing />}</Row>
                </dl>
              </section>
            </Show>
            <section class="details-section">
              <h3>Channels</h3>
              <Show when={client().channels.length} fallback={<Missing />}>
                <ul class="details-channels">
                  <For each={client().channels}>
                    {(link) => (
                      <li>
                        <ChannelIcon kind={link.channel.kind} size={20} />
                        <span>
                          {link.channel.name}
                          <span class="cell-missing">
                            {' '}
                            · {channelLabel(link.channel.kind)} ID <code>{link.platformId}</code>
                          </span>
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </div>
        )}
      </Show>
    </aside>
  );
};
