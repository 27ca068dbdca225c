import { createSignal, For, Show } from 'solid-js';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { CloseDealMutation } from './close-deal.mutation.ts';
import { CreateDealMutation } from './create-deal.mutation.ts';
import { MoveDealMutation } from './move-deal.mutation.ts';
import { ReopenDealMutation } from './reopen-deal.mutation.ts';

// The client's stage in each funnel, the active deals (move between stages, close as won or lost), the closed
// ones on demand, and a form for a new deal.
export const DealsSection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const [adding, setAdding] = createSignal(false);
  const [showClosed, setShowClosed] = createSignal(false);
  const funnels = () => props.crm.data()?.funnels ?? [];
  const deals = () => props.client.deals.edges.map((edge) => edge.node);
  const open = () => deals().filter((deal) => deal.status === 'OPEN');
  const closed = () => deals().filter((deal) => deal.status !== 'OPEN');
  const [form, setForm] = createSignal({ title: '', budget: '', currency: 'RUB', funnelId: '' });
  const create = async (event: Event) => {
    event.preventDefault();
    const f = form();
    const funnelId = f.funnelId || funnels()[0]?.id;
    if (!funnelId) return props.crm.setError('Create a funnel first (Settings → Funnels, or the API).');
    const ok = await props.crm.run(CreateDealMutation, { input: { clientId: props.client.id, title: f.title, budget: f.budget || null, currency: f.currency, funnelId } }, (r) => r.createDeal);
    if (ok) {
      setAdding(false);
      setForm({ title: '', budget: '', currency: 'RUB', funnelId: '' });
    }
  };
  const stagesOf = (funnelId: string) => funnels().find((funnel) => funnel.id === funnelId)?.stages ?? [];
  return (
    <section class="card-section crm-deals" data-testid="crm-deals">
      <h3>
        Deals
        <button type="button" class="btn btn-small btn-ghost" data-testid="deal-add" onClick={() => setAdding(!adding())}>
          {adding() ? 'Cancel' : 'New deal'}
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
            <span>Title</span>
            <input name="title" required value={form().title} onInput={(e) => setForm({ ...form(), title: e.currentTarget.value })} />
          </label>
          <label>
            <span>Budget</span>
            <input name="budget" inputMode="decimal" value={form().budget} onInput={(e) => setForm({ ...form(), budget: e.currentTarget.value })} />
          </label>
          <label>
            <span>Currency</span>
            <input name="currency" maxLength={3} value={form().currency} onInput={(e) => setForm({ ...form(), currency: e.currentTarget.value })} />
          </label>
          <label>
            <span>Funnel</span>
            <select name="funnel" value={form().funnelId} onChange={(e) => setForm({ ...form(), funnelId: e.currentTarget.value })}>
              <For each={funnels()}>{(funnel) => <option value={funnel.id}>{funnel.name}</option>}</For>
            </select>
          </label>
          <div class="crm-form-actions">
            <button type="submit" class="btn btn-small btn-primary" disabled={props.crm.busy()}>
              Create
            </button>
          </div>
        </form>
      </Show>
      <ul class="crm-deal-list">
        <For each={open()} fallback={<li class="card-missing">No active deals</li>}>
          {(deal) => (
            <li class="crm-deal" data-testid="deal">
              <div class="crm-deal-head">
                <span class="crm-deal-title">{deal.title}</span>
                <Show when={deal.budget}>
                  <span class="crm-deal-budget">
                    {Number(deal.budget).toLocaleString()} {deal.currency}
                  </span>
                </Show>
              </div>
              <div class="crm-deal-meta">
                <select aria-label="Stage" data-testid="deal-stage" value={deal.stage.id} onChange={(e) => void props.crm.run(MoveDealMutation, { input: { dealId: deal.id, stageId: e.currentTarget.value } }, (r) => r.moveDeal)}>
                  <For each={stagesOf(deal.funnel.id)}>{(stage) => <option value={stage.id}>{stage.name}</option>}</For>
                </select>
                <span class="card-missing">{deal.responsible?.name ?? 'Nobody'}</span>
                <button type="button" class="btn btn-small" data-testid="deal-won" onClick={() => void props.crm.run(CloseDealMutation, { input: { dealId: deal.id, status: 'WON' } }, (r) => r.closeDeal)}>
                  Won
                </button>
                <button type="button" class="btn btn-small" onClick={() => void props.crm.run(CloseDealMutation, { input: { dealId: deal.id, status: 'LOST' } }, (r) => r.closeDeal)}>
                  Lost
                </button>
              </div>
            </li>
          )}
        </For>
      </ul>
      <Show when={closed().length}>
        <button type="button" class="btn btn-small btn-ghost" onClick={() => setShowClosed(!showClosed())}>
          {showClosed() ? 'Hide' : 'Show'} closed deals ({closed().length})
        </button>
        <Show when={showClosed()}>
          <ul class="crm-deal-list">
            <For each={closed()}>
              {(deal) => (
                <li class="crm-deal is-closed" data-testid="closed-deal">
                  <span class="crm-deal-title">{deal.title}</span>
                  <span class={`crm-badge is-${deal.status.toLowerCase()}`}>{deal.status === 'WON' ? 'Won' : 'Lost'}</span>
                  <button type="button" class="btn btn-small btn-ghost" onClick={() => void props.crm.run(ReopenDealMutation, { input: { dealId: deal.id } }, (r) => r.reopenDeal)}>
                    Reopen
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
