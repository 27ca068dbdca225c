import { For } from 'solid-js';
import type { ConversationOrder, ConversationSection } from '../../generated/graphql.ts';
import { TeamTabs } from '../teams/TeamTabs.tsx';
import { SECTIONS, type ListView } from './sections.ts';

export const SectionTabs = (props: { view: ListView; onSection: (section: ConversationSection, teamId?: string) => void }) => (
  <div class="section-tabs" role="tablist" aria-label="Sections">
    <For each={SECTIONS}>
      {({ section, label }) => (
        <button
          type="button"
          class="section-tab"
          classList={{ 'is-active': props.view.section === section }}
          role="tab"
          aria-selected={props.view.section === section}
          data-testid={`section-${section.toLowerCase()}`}
          onClick={() => props.onSection(section)}
        >
          {label}
        </button>
      )}
    </For>
    <TeamTabs activeTeamId={props.view.section === 'TEAM' ? (props.view.teamId ?? null) : null} onTeam={(teamId) => props.onSection('TEAM', teamId)} />
  </div>
);

export const OrderToggle = (props: { order: ConversationOrder; onOrder: (order: ConversationOrder) => void; disabled?: boolean }) => {
  const newestFirst = () => props.order === 'NEWEST_ACTIVITY_FIRST';
  return (
    <button
      type="button"
      class="btn btn-small btn-ghost order-toggle"
      data-testid="order-toggle"
      data-order={props.order}
      disabled={props.disabled}
      title={props.disabled ? 'Search results are ranked by relevance' : newestFirst() ? 'Newest activity first — click for oldest first' : 'Oldest activity first — click for newest first'}
      onClick={() => props.onOrder(newestFirst() ? 'OLDEST_ACTIVITY_FIRST' : 'NEWEST_ACTIVITY_FIRST')}
    >
      {newestFirst() ? 'Newest first' : 'Oldest first'}
    </button>
  );
};
