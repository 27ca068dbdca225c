import { createQuery } from '@urql/solid';
import { createEffect, createSignal, For, Match, Show, Switch } from 'solid-js';
import type { ClientOrder, ClientSection } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from '../ui/common.messages.ts';
import { FilterOptionsQuery, filterOptionsContext } from '../inbox/filters/filter-options.query.ts';
import { Header } from '../inbox/layout/Header.tsx';
import { MeQuery } from '../inbox/layout/me.query.ts';
import { formatNumber } from '../ui/format.ts';
import './audience.css';
import { audienceMessages } from './audience.messages.ts';
import { AudienceFilter } from './AudienceFilter.tsx';
import { AudienceSearch } from './AudienceSearch.tsx';
import { AudienceTable } from './AudienceTable.tsx';
import { createAudienceList } from './audience-list.ts';
import { filterOf, ORDERS, SECTIONS } from './audience-view.ts';
import { createBulkActions } from './bulk/bulk-actions.ts';
import { BulkBar, BulkOutcome } from './bulk/BulkBar.tsx';
import { ClientDetails } from './ClientDetails.tsx';
import { ConfirmDialog, type Confirmation } from './ConfirmDialog.tsx';
import { ImportExportPanel } from './jobs/ImportExportPanel.tsx';
import { createPermissions } from '../shared/permissions.ts';
import { BroadcastsPanel } from './broadcasts/BroadcastsPanel.tsx';
import { broadcastsMessages } from './broadcasts/broadcasts.messages.ts';
import { ComposeBroadcastDialog, type BroadcastTarget } from './broadcasts/ComposeBroadcastDialog.tsx';

type Side = { kind: 'client'; id: string } | { kind: 'jobs' } | { kind: 'broadcasts' } | null;

// The Audience: every client of the project, with the inbox's conditions, bulk actions and CSV import/export.
export const AudiencePage = () => {
  const t = useMessages(audienceMessages);
  const common = useMessages(commonMessages);
  const tb = useMessages(broadcastsMessages);
  const [me] = createQuery({ query: MeQuery });
  const [options] = createQuery({ query: FilterOptionsQuery, context: filterOptionsContext });
  const list = createAudienceList();
  const actions = createBulkActions(list);
  const [side, setSide] = createSignal<Side>(null);
  const [question, setQuestion] = createSignal<Confirmation | null>(null);
  const [jobsOpened, setJobsOpened] = createSignal(false);
  createEffect(() => side()?.kind === 'jobs' && setJobsOpened(true));
  const [broadcastsOpened, setBroadcastsOpened] = createSignal(false);
  createEffect(() => side()?.kind === 'broadcasts' && setBroadcastsOpened(true));
  const [composing, setComposing] = createSignal<BroadcastTarget | null>(null);
  const [broadcastsVersion, setBroadcastsVersion] = createSignal(0);
  const matching = () => list.counts()?.[list.view().section] ?? null;
  const can = createPermissions();
  const openId = () => {
    const current = side();
    return current?.kind === 'client' ? current.id : null;
  };

  const sectionCount = (section: ClientSection) => {
    const counts = list.counts();
    return counts ? formatNumber(counts[section]) : '·';
  };

  createEffect(() => {
    const project = me.data?.me.project.name;
    document.title = project ? t('documentTitle', project) : t('title');
  });

  return (
    <div class="inbox audience-page">
      <Header me={me.data?.me} />
      <div class="audience-main" classList={{ 'has-side': !!side() }}>
        <section class="audience-content" aria-label={t('content')}>
          <header class="audience-head">
            <div class="audience-title-row">
              <h1 class="audience-title">{t('title')}</h1>
              <Show when={list.counts()}>
                {(counts) => (
                  <span class="audience-total" data-testid="audience-total">
                    {t('clients', counts()[list.view().section])}
                  </span>
                )}
              </Show>
              <span class="filter-spacer" />
              <button
                type="button"
                class="btn btn-small"
                classList={{ 'is-active': side()?.kind === 'broadcasts' }}
                data-testid="broadcasts-toggle"
                onClick={() => setSide(side()?.kind === 'broadcasts' ? null : { kind: 'broadcasts' })}
              >
                {tb('toggle')}
              </button>
              <button
                type="button"
                class="btn btn-small"
                classList={{ 'is-active': side()?.kind === 'jobs' }}
                data-testid="jobs-toggle"
                onClick={() => setSide(side()?.kind === 'jobs' ? null : { kind: 'jobs' })}
              >
                {t('jobsToggle')}
              </button>
            </div>
            <div class="audience-toolbar">
              <AudienceSearch onSearch={list.setSearch} />
              <AudienceFilter list={list} options={options.data} />
              <select
                class="field audience-order"
                aria-label={t('order.label')}
                data-testid="audience-order"
                value={list.view().order}
                onChange={(event) => list.setOrder(event.currentTarget.value as ClientOrder)}
              >
                <For each={ORDERS}>{(order) => <option value={order}>{t(`order.${order}`)}</option>}</For>
              </select>
            </div>
            <div class="section-tabs audience-tabs" role="tablist" aria-label={t('sections.label')}>
              <For each={SECTIONS}>
                {(section) => (
                  <button
                    type="button"
                    class="section-tab"
                    classList={{ 'is-active': list.view().section === section }}
                    role="tab"
                    aria-selected={list.view().section === section}
                    data-testid={`audience-section-${section.toLowerCase()}`}
                    onClick={() => list.setSection(section)}
                  >
                    {t(`sections.${section}`)}
                    <span class="section-count" data-testid="audience-section-count">
                      {sectionCount(section)}
                    </span>
                  </button>
                )}
              </For>
            </div>
          </header>
          <Show when={list.selected().size > 0}>
            <BulkBar
              list={list}
              actions={actions}
              options={options.data}
              confirm={setQuestion}
              onBroadcast={can('sendBroadcasts') ? () => setComposing({ kind: 'selected', clientIds: [...list.selected()] }) : undefined}
              onBroadcastAll={can('sendBroadcasts') ? () => setComposing({ kind: 'matching', audience: { filter: filterOf(list.view()) }, count: matching() }) : undefined}
              matching={matching()}
            />
          </Show>
          <BulkOutcome actions={actions} />
          <Switch>
            <Match when={list.loading() && list.items.length === 0}>
              <div class="empty-state" aria-busy="true">
                <span class="spinner" />
              </div>
            </Match>
            <Match when={list.error() && list.items.length === 0}>
              <div class="empty-state">
                <span class="empty-state-title">{t('load.failed')}</span>
                <span class="error-text">{list.error()}</span>
                <button type="button" class="btn btn-small" onClick={() => void list.reload()}>
                  {common('retry')}
                </button>
              </div>
            </Match>
            <Match when={list.items.length === 0}>
              <div class="empty-state" data-testid="audience-empty">
                <span class="empty-state-title">{list.view().search || list.view().filter ? t('empty.noMatch') : t('empty.none')}</span>
                <span>{list.view().search || list.view().filter ? t('empty.noMatchHint') : t('empty.noneHint')}</span>
              </div>
            </Match>
            <Match when={true}>
              <AudienceTable list={list} openId={openId()} onOpen={(id) => setSide({ kind: 'client', id })} />
            </Match>
          </Switch>
        </section>
        {/* Once opened, the import/export panel stays mounted (hidden) so a running job keeps its live progress. */}
        <Show when={jobsOpened()}>
          <ImportExportPanel list={list} canManage={can('importExportClients')} hidden={side()?.kind !== 'jobs'} onClose={() => setSide(null)} />
        </Show>
        <Show when={broadcastsOpened()}>
          <BroadcastsPanel
            canSend={can('sendBroadcasts')}
            hidden={side()?.kind !== 'broadcasts'}
            matching={matching()}
            version={broadcastsVersion()}
            onCompose={() => setComposing({ kind: 'matching', audience: { filter: filterOf(list.view()) }, count: matching() })}
            onClose={() => setSide(null)}
            confirm={setQuestion}
          />
        </Show>
        <Show when={openId()} keyed>
          {(id) => <ClientDetails clientId={id} onClose={() => setSide(null)} />}
        </Show>
      </div>
      <Show when={composing()}>
        {(target) => (
          <ComposeBroadcastDialog
            target={target()}
            channels={options.data?.me.project.channels ?? []}
            onClose={() => setComposing(null)}
            onStarted={() => {
              setComposing(null);
              setBroadcastsVersion(broadcastsVersion() + 1);
              setSide({ kind: 'broadcasts' });
            }}
          />
        )}
      </Show>
      <Show when={question()}>
        {(asked) => (
          <ConfirmDialog
            {...asked()}
            onCancel={() => setQuestion(null)}
            onConfirm={() => {
              const { onConfirm } = asked();
              setQuestion(null);
              onConfirm();
            }}
          />
        )}
      </Show>
    </div>
  );
};
