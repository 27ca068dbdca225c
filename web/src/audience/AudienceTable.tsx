import { createEffect, For, Show } from 'solid-js';
import type { AudienceClientFragment } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { createVirtualRows } from '../inbox/chat-list/virtual-rows.ts';
import { Avatar } from '../ui/Avatar.tsx';
import { createNow } from '../ui/clock.ts';
import { formatDateTime, relativeTime } from '../ui/format.ts';
import type { AudienceList } from './audience-list.ts';
import { audienceMessages } from './audience.messages.ts';
import { LabelChips } from './LabelChips.tsx';

// Every row is exactly this tall (see .audience-row in audience.css): the table renders only what is in view.
const ROW_HEIGHT = 52;

const StatusBadges = (props: { client: AudienceClientFragment }) => {
  const t = useMessages(audienceMessages);
  return (
    <>
      <Show when={props.client.deletedAt}>
        <span class="status-badge is-deleted">{t('status.deleted')}</span>
      </Show>
      <Show when={props.client.archived && !props.client.deletedAt}>
        <span class="status-badge is-archived">{t('status.archived')}</span>
      </Show>
      <Show when={props.client.blocked}>
        <span class="status-badge is-blocked">{t('status.blocked')}</span>
      </Show>
    </>
  );
};

const When = (props: { iso: string; now: number }) => (
  <time dateTime={props.iso} title={formatDateTime(props.iso)}>
    {relativeTime(props.iso, props.now)}
  </time>
);

type Props = { list: AudienceList; openId: string | null; onOpen: (id: string) => void };

export const AudienceTable = (props: Props) => {
  const t = useMessages(audienceMessages);
  const now = createNow();
  const rows = createVirtualRows(() => props.list.items, ROW_HEIGHT, 0);
  const chosen = () => props.list.selected();
  const allChosen = () => props.list.items.length > 0 && props.list.items.every((row) => chosen().has(row.id));
  let selectAll!: HTMLInputElement;
  createEffect(() => (selectAll.indeterminate = chosen().size > 0 && !allChosen()));

  const onScroll = (event: Event) => {
    const el = event.currentTarget as HTMLElement;
    rows.measure();
    if (el.scrollHeight - el.scrollTop - el.clientHeight < 300) void props.list.loadMore();
  };

  return (
    <div class="audience-scroll" ref={rows.attach} onScroll={onScroll} data-testid="audience-table">
      <table class="audience-table" aria-rowcount={props.list.items.length}>
        <colgroup>
          <col class="col-check" />
          <col class="col-name" />
          <col class="col-phone" />
          <col class="col-email" />
          <col class="col-tags" />
          <col class="col-owner" />
          <col class="col-when" />
          <col class="col-when" />
        </colgroup>
        <thead>
          <tr>
            <th class="cell-check">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label={t('table.selectAll')}
                data-testid="audience-select-all"
                checked={allChosen()}
                disabled={props.list.items.length === 0}
                onChange={(event) => props.list.selectAll(event.currentTarget.checked)}
              />
            </th>
            <th>{t('table.client')}</th>
            <th>{t('table.phone')}</th>
            <th>{t('table.email')}</th>
            <th>{t('table.labels')}</th>
            <th>{t('table.owner')}</th>
            <th>{t('table.lastActivity')}</th>
            <th>{t('table.created')}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="audience-spacer" aria-hidden="true" style={{ height: `${rows.padTop()}px` }} />
          <For each={rows.visible()}>
            {(client) => (
              <tr
                class="audience-row"
                classList={{ 'is-open': client.id === props.openId, 'is-chosen': chosen().has(client.id) }}
                data-testid="audience-row"
                data-client-id={client.id}
                tabIndex={0}
                onClick={() => props.onOpen(client.id)}
                onKeyDown={(event) => event.key === 'Enter' && props.onOpen(client.id)}
              >
                <td class="cell-check" onClick={(event) => event.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={t('table.select', client.name)}
                    data-testid="audience-row-check"
                    checked={chosen().has(client.id)}
                    onChange={(event) => props.list.toggle(client.id, event.currentTarget.checked)}
                  />
                </td>
                <td>
                  <span class="cell-client">
                    <Avatar name={client.name} url={client.avatarUrl} size={30} />
                    <span class="cell-name" data-testid="audience-name">
                      {client.name}
                    </span>
                    <StatusBadges client={client} />
                  </span>
                </td>
                <td class="cell-text">{client.phone ?? <span class="cell-missing">—</span>}</td>
                <td class="cell-text">{client.email ?? <span class="cell-missing">—</span>}</td>
                <td>
                  <LabelChips tags={client.tags} lists={client.lists} />
                </td>
                <td class="cell-text">
                  <Show when={client.owner} fallback={<span class="cell-missing">—</span>}>
                    {(owner) => (
                      <span class="cell-owner" data-testid="audience-owner">
                        <Avatar name={owner().name} url={owner().avatarUrl} size={20} />
                        {owner().name}
                      </span>
                    )}
                  </Show>
                </td>
                <td class="cell-text">
                  <When iso={client.lastActivityAt} now={now()} />
                </td>
                <td class="cell-text">
                  <When iso={client.createdAt} now={now()} />
                </td>
              </tr>
            )}
          </For>
          <tr class="audience-spacer" aria-hidden="true" style={{ height: `${rows.padBottom()}px` }} />
        </tbody>
      </table>
      <Show when={props.list.items.length > 0}>
        <div class="audience-table-foot">
          <Show when={props.list.loadingMore()}>
            <span class="spinner" aria-label={t('table.loadingMore')} />
          </Show>
          <Show when={props.list.hasMore() && !props.list.loadingMore()}>
            <button type="button" class="btn btn-small" data-testid="audience-load-more" onClick={() => void props.list.loadMore()}>
              {t('table.loadMore')}
            </button>
          </Show>
          <Show when={!props.list.hasMore()}>
            <span class="cell-missing">
              {t('table.allLoaded', props.list.items.length)}
            </span>
          </Show>
        </div>
      </Show>
    </div>
  );
};
