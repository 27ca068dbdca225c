import { createQuery } from '@urql/solid';
import { type Component, createEffect, For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { useMessages } from '../i18n/messages.ts';
import { Header } from '../inbox/layout/Header.tsx';
import { MeQuery } from '../inbox/layout/me.query.ts';
import { createPermissions } from '../shared/permissions.ts';
import { AccountSettings } from './account/AccountSettings.tsx';
import { ApiTokensSettings } from './api-tokens/ApiTokensSettings.tsx';
import { WebhooksSettings } from './webhooks/WebhooksSettings.tsx';
import { ChannelsSettings } from './channels/ChannelsSettings.tsx';
import { FunnelsSettings } from './funnels/FunnelsSettings.tsx';
import { GeneralSettings } from './general/GeneralSettings.tsx';
import { MessageDeletionSettings } from './message-deletion/MessageDeletionSettings.tsx';
import { OperatorsSettings } from './operators/OperatorsSettings.tsx';
import { QuickRepliesSettings } from './quick-replies/QuickRepliesSettings.tsx';
import { currentSection, type SectionKey, sectionHref, sectionsFor } from './settings-sections.ts';
import { settingsMessages } from './settings.messages.ts';
import './settings.css';
import { TeamsSettings } from './teams/TeamsSettings.tsx';
import { VariablesSettings } from './variables/VariablesSettings.tsx';

const views: Record<SectionKey, Component> = {
  account: AccountSettings,
  general: GeneralSettings,
  'message-deletion': MessageDeletionSettings,
  operators: OperatorsSettings,
  teams: TeamsSettings,
  'quick-replies': QuickRepliesSettings,
  funnels: FunnelsSettings,
  variables: VariablesSettings,
  channels: ChannelsSettings,
  'api-tokens': ApiTokensSettings,
  webhooks: WebhooksSettings,
};

// The settings: the caller's account, and what the server lets them set up (the project, operators, teams, quick
// replies, funnels, variables, channels, tokens).
export const SettingsPage = () => {
  const t = useMessages(settingsMessages);
  const [me] = createQuery({ query: MeQuery });
  const can = createPermissions();
  // On a phone the sections are a row that scrolls sideways: the open one is kept in sight.
  let nav: HTMLElement | undefined;
  createEffect(() => {
    const section = can.loaded() && currentSection(can);
    if (section) nav?.querySelector(`[data-testid="settings-nav-${section}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
  createEffect(() => {
    const project = me.data?.me.project.name;
    document.title = project ? t('titleOf', { project }) : t('title');
  });

  return (
    <div class="inbox settings-page">
      <Header me={me.data?.me} />
      <Show when={can.loaded()} fallback={<div class="empty-state"><span class="spinner" /></div>}>
          <div class="settings-main">
            <nav class="settings-nav" aria-label={t('sections.label')} ref={nav}>
              <For each={sectionsFor(can)}>
                {(section) => (
                  <a
                    class="settings-nav-link"
                    classList={{ 'is-active': currentSection(can) === section.key }}
                    href={sectionHref(section.key)}
                    data-testid={`settings-nav-${section.key}`}
                    aria-current={currentSection(can) === section.key ? 'page' : undefined}
                  >
                    {t(`sections.${section.key}`)}
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
