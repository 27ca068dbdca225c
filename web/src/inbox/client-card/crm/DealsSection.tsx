import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { formatNumber } from '../../../ui/format.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { CloseDealMutation } from './close-deal.mutation.ts';
import { CreateDealMutation } from './create-deal.mutation.ts';
import { crmMessages } from './crm.messages.ts';
import { MoveDealMutation } from './move-deal.mutation.ts';
import { ReopenDealMutation } from './reopen-deal.mutation.ts';

// The client's stage in each funnel, the active deals (move between stages, close as won or lost), the closed
// ones on demand, and a form for a new deal: its funnel, stage, responsible and amount.
export const DealsSection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const t = useMessages(crmMessages);
  const [adding, setAdding] = createSignal(false);
  const [showClosed, setShowClosed] = createSignal(false);
  const funnels = () => props.crm.data()?.funnels ?? [];
  const operators = () => props.crm.data()?.operators ?? [];
  const deals = () => props.client.deals.edges.map((edge) => edge.node);
  const open = () => deals().filter((deal) => deal.status === 'OPEN');
  const closed = () => deals().filter((deal) => deal.status !== 'OPEN');
  // Empty funnel, stage and responsible: the first funnel, its first stage, and the server's default responsible.
  const blank = { title: '', budget: '', currency: 'RUB', funnelId: '', stageId: '', responsibleId: '' };
  const [form, setForm] = createSignal(blank);
  const edit = (fields: Partial<typeof blank>) => setForm({ ...form(), ...fields });
  const stagesOf = (funnelId: string) => funnels().find((funnel) => funnel.id === funnelId)?.stages ?? [];
  const chosenFunnelId = () => form().funnelId || funnels()[0]?.id || '';
  const chosenStage = () => stagesOf(chosenFunnelId()).find((stage) => stage.id === form().stageId) ?? stagesOf(chosenFunnelId())[0];
  // What the server does without a choice: the stage's responsible employee, else the one creating the deal.
  const automatic = () => t('deals.responsibleAuto', chosenStage()?.responsible?.name ?? t('deals.you'));
  const create = async (event: Event) => {
    event.preventDefault();
    const f = form();
    const funnelId = chosenFunnelId();
    if (!funnelId) return props.crm.setError(t('deals.noFunnel'));
    const input = {
      clientId: props.client.id,
      title: f.title,
      budget: f.budget || null,
      currency: f.currency,
      funnelId,
      stageId: f.stageId || null,
      responsibleId: f.responsibleId || null,
    };
    if (await props.crm.run(CreateDealMutation, { input }, (r) => r.createDeal)) {
      setAdding(false);
      setForm(blank);
    }
  };
  return (
    <section class="card-section crm-deals" data-testid="crm-deals">
      <h3>
        {t('deals.title')}
        <button type="button" class="btn btn-small btn-ghost" data-testid="deal-add" onClick={() => setAdding(!adding())}>
          {adding() ? t('deals.cancel') : t('deals.add')}
        </button>
      </h3>
      <Show when={props.client.stages.length}>
        <div class="crm-stages" data-testid="client-stages">
          <For each={props.client.stages}>
            {(stage) => (
              <span class="crm-stage">
                {stage.funnel.name}: <strong>{stage.stage.name}</strong>
              </span>
            )}
          </For>
        </div>
      </Show>
      <Show when={adding()}>
        <form class="crm-form" data-testid="deal-form" onSubmit={(e) => void create(e)}>
          <label>
            <span>{t('deals.name')}</span>
            <input name="title" required value={form().title} onInput={(e) => edit({ title: e.currentTarget.value })} />
          </label>
          <label>
            <span>{t('deals.funnel')}</span>
            <select name="funnel" value={chosenFunnelId()} onChange={(e) => edit({ funnelId: e.currentTarget.value, stageId: '' })}>
              <For each={funnels()}>{(funnel) => <option value={funnel.id}>{funnel.name}</option>}</For>
            </select>
          </label>
          <label>
            <span>{t('deals.stage')}</span>
            <select name="stage" value={chosenStage()?.id ?? ''} onChange={(e) => edit({ stageId: e.currentTarget.value })}>
              <For each={stagesOf(chosenFunnelId())}>{(stage) => <option value={stage.id}>{stage.name}</option>}</For>
            </select>
          </label>
          <label>
            <span>{t('deals.responsible')}</span>
            <select name="responsible" value={form().responsibleId} onChange={(e) => edit({ responsibleId: e.currentTarget.value })}>
              <option value="">{automatic()}</option>
              <For each={operators()}>{(operator) => <option value={operator.id}>{operator.name}</option>}</For>
            </select>
          </label>
          <label>
            <span>{t('deals.budget')}</span>
            <input name="budget" inputMode="decimal" value={form().budget} onInput={(e) => edit({ budget: e.currentTarget.value })} />
          </label>
          <label>
            <span>{t('deals.currency')}</span>
            <input name="currency" maxLength={3} value={form().currency} onInput={(e) => edit({ currency: e.currentTarget.value })} />
          </label>
          <div class="crm-form-actions">
            <button type="submit" class="btn btn-small btn-primary" data-testid="deal-create" disabled={props.crm.busy()}>
              {t('deals.create')}
            </button>
          </div>
        </form>
      </Show>
      <ul class="crm-deal-list">
        <For each={open()} fallback={<li class="card-missing">{t('deals.none')}</li>}>
          {(deal) => (
            <li class="crm-deal" data-testid="deal">
              <div class="crm-deal-head">
                <span class="crm-deal-title">{deal.title}</span>
                <Show when={deal.budget}>
                  <span class="crm-deal-budget">
                    {formatNumber(Number(deal.budget))} {deal.currency}
                  </span>
                </Show>
              </div>
              <div class="crm-deal-meta">
                <select aria-label={t('deals.stage')} data-testid="deal-stage" value={deal.stage.id} onChange={(e) => void props.crm.run(MoveDealMutation, { input: { dealId: deal.id, stageId: e.currentTarget.value } }, (r) => r.moveDeal)}>
                  <For each={stagesOf(deal.funnel.id)}>{(stage) => <option value={stage.id}>{stage.name}</option>}</For>
                </select>
                <span class="card-missing" data-testid="deal-responsible">{deal.responsible?.name ?? t('deals.nobody')}</span>
                <button type="button" class="btn btn-small" data-testid="deal-won" onClick={() => void props.crm.run(CloseDealMutation, { input: { dealId: deal.id, status: 'WON' } }, (r) => r.closeDeal)}>
                  {t('deals.won')}
                </button>
                <button type="button" class="btn btn-small" onClick={() => void props.crm.run(CloseDealMutation, { input: { dealId: deal.id, status: 'LOST' } }, (r) => r.closeDeal)}>
                  {t('deals.lost')}
                </button>
              </div>
            </li>
          )}
        </For>
      </ul>
      <Show when={closed().length}>
        <button type="button" class="btn btn-small btn-ghost" onClick={() => setShowClosed(!showClosed())}>
          {t(showClosed() ? 'deals.hideClosed' : 'deals.showClosed', { count: String(closed().length) })}
        </button>
        <Show when={showClosed()}>
          <ul class="crm-deal-list">
            <For each={closed()}>
              {(deal) => (
                <li class="crm-deal is-closed" data-testid="closed-deal">
                  <span class="crm-deal-title">{deal.title}</span>
                  <span class={`crm-badge is-${deal.status.toLowerCase()}`}>{deal.status === 'WON' ? t('deals.won') : t('deals.lost')}</span>
                  <button type="button" class="btn btn-small btn-ghost" onClick={() => void props.crm.run(ReopenDealMutation, { input: { dealId: deal.id } }, (r) => r.reopenDeal)}>
                    {t('deals.reopen')}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
};
