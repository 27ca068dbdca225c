import { For } from 'solid-js';
import type { ConversationOrder, ConversationSection } from '../../generated/graphql.ts';
import { TeamTabs } from '../teams/TeamTabs.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { chatListMessages } from './chat-list.messages.ts';
import { SECTIONS, type ListView } from './sections.ts';

export const SectionTabs = (props: { view: ListView; onSection: (section: ConversationSection, teamId?: string) => void }) => {
  const t = useMessages(chatListMessages);
  return (
  <div class="section-tabs" role="tablist" aria-label={t('sections.label')}>
    <For each={SECTIONS}>
      {(section) => (
        <button
          type="button"
          class="section-tab"
          classList={{ 'is-active': props.view.section === section }}
          role="tab"
          aria-selected={props.view.section === section}
          data-testid={`section-${section.toLowerCase()}`}
          onClick={() => props.onSection(section)}
        >
          {t(`sections.${section}`)}
        </button>
      )}
    </For>
    <TeamTabs activeTeamId={props.view.section === 'TEAM' ? (props.view.teamId ?? null) : null} onTeam={(teamId) => props.onSection('TEAM', teamId)} />
  </div>
  );
};

export const OrderToggle = (props: { order: ConversationOrder; onOrder: (order: ConversationOrder) => void; disabled?: boolean }) => {
  const t = useMessages(chatListMessages);
  const newestFirst = () => props.order === 'NEWEST_ACTIVITY_FIRST';
  return (
    <button
      type="button"
      class="btn btn-small btn-ghost order-toggle"
      data-testid="order-toggle"
      data-order={props.order}
      disabled={props.disabled}
      title={props.disabled ? t('order.ranked') : newestFirst() ? t('order.newestTitle') : t('order.oldestTitle')}
      onClick={() => props.onOrder(newestFirst() ? 'OLDEST_ACTIVITY_FIRST' : 'NEWEST_ACTIVITY_FIRST')}
    >
      {newestFirst() ? t('order.newest') : t('order.oldest')}
    </button>
  );
};
