import { createQuery } from '@urql/solid';
import { type Component, createEffect, For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { Header } from '../inbox/layout/Header.tsx';
import { MeQuery } from '../inbox/layout/me.query.ts';
import { AccountSettings } from './account/AccountSettings.tsx';
import { ApiTokensSettings } from './api-tokens/ApiTokensSettings.tsx';
import { ChannelsSettings } from './channels/ChannelsSettings.tsx';
import { GeneralSettings } from './general/GeneralSettings.tsx';
import { OperatorsSettings } from './operators/OperatorsSettings.tsx';
import { createPermissions } from '../shared/permissions.ts';
import { currentSection, type SectionKey, sectionHref, sectionsFor } from './settings-sections.ts';
import './settings.css';
import { TeamsSettings } from './teams/TeamsSettings.tsx';

const views: Record<SectionKey, Component> = {
  account: AccountSettings,
  general: GeneralSettings,
  operators: OperatorsSettings,
  teams: TeamsSettings,
  channels: ChannelsSettings,
  'api-tokens': ApiTokensSettings,
};

// The settings: the caller's account, and what the server lets them manage (operators, teams, channels, tokens).
export const SettingsPage = () => {
  const [me] = createQuery({ query: MeQuery });
  const can = createPermissions();
  createEffect(() => {
    const project = me.data?.me.project.name;
    document.title = project ? `Settings · ${project}` : 'Settings';
  });

  return (
    <div class="inbox settings-page">
      <Header me={me.data?.me} />
      <Show when={can.loaded()} fallback={<div class="empty-state"><span class="spinner" /></div>}>
          <div class="settings-main">
            <nav class="settings-nav" aria-label="Settings">
              <For each={sectionsFor(can)}>
                {(section) => (
                  <a
                    class="settings-nav-link"
                    classList={{ 'is-active': currentSection(can) === section.key }}
                    href={sectionHref(section.key)}
                    data-testid={`settings-nav-${section.key}`}
                    aria-current={currentSection(can) === section.key ? 'page' : undefined}
                  >
                    {section.label}
                  </a>
                )}
              </For>
            </nav>
            <section class="settings-content">
              <Dynamic component={views[currentSection(can)]} />
            </section>
          </div>
      </Show>
    </div>
  );
};
