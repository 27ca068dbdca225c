import { createQuery } from '@urql/solid';
import { createEffect, For, on, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import type { Confirmation } from '../ConfirmDialog.tsx';
import { BroadcastItem } from './BroadcastItem.tsx';
import { BroadcastsQuery } from './broadcasts.query.ts';
import { broadcastsMessages } from './broadcasts.messages.ts';

type Props = {
  canSend: boolean;
  hidden: boolean;
  /** How many clients the list shows (its section, search and filter), when counted. */
  matching: number | null;
  /** Bumped when a broadcast was started here, to list it. */
  version: number;
  onCompose: () => void;
  onClose: () => void;
  confirm: (question: Confirmation) => void;
};

/** The project's recent broadcasts with live progress, and a broadcast to every client the list shows. */
export const BroadcastsPanel = (props: Props) => {
  const t = useMessages(broadcastsMessages);
  const common = useMessages(commonMessages);
  const [recent, refetch] = createQuery({ query: BroadcastsQuery, requestPolicy: 'cache-and-network', context: { additionalTypenames: ['Broadcast'] } });
  // A started broadcast is new to the list: ask again whenever one was started.
  createEffect(on(() => props.version, () => refetch({ requestPolicy: 'network-only' }), { defer: true }));
  const items = () => recent.data?.broadcasts.edges.map((edge) => edge.node) ?? [];
  return (
    <aside class="audience-side" hidden={props.hidden} aria-label={t('title')} data-testid="broadcasts-panel">
      <div class="audience-side-head">
        <span class="audience-side-title">{t('title')}</span>
        <button type="button" class="btn btn-small btn-ghost" aria-label={common('close')} data-testid="broadcasts-close" onClick={() => props.onClose()}>
          ✕
        </button>
      </div>
      <div class="audience-side-body">
        <Show when={props.canSend} fallback={<div class="notice-box">{t('forbidden')}</div>}>
          <button type="button" class="btn btn-primary btn-small" data-testid="broadcast-matching" onClick={() => props.onCompose()}>
            {t('toMatching', props.matching)}
          </button>
        </Show>
        <Show when={items().length} fallback={<p class="cell-missing">{t('empty')}</p>}>
          <ul class="recent-jobs broadcasts" data-testid="broadcasts">
            <For each={items()}>{(broadcast) => <BroadcastItem broadcast={broadcast} confirm={props.confirm} />}</For>
          </ul>
        </Show>
      </div>
    </aside>
  );
};
