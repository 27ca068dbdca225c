import { createMutation } from '@urql/solid';
import { createEffect, createSignal, For } from 'solid-js';
import type { MeQuery } from '../../generated/graphql.ts';
import { apiLocale, locale, locales, setLocale, type Locale } from '../../i18n/locale.ts';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { Menu, MenuGroup, MenuItem, MenuSeparator } from '../../ui/Menu.tsx';
import { PresenceAvatar } from '../presence/PresenceAvatar.tsx';
import { PresenceMenuItems } from '../presence/PresenceMenuItems.tsx';
import type { TeamPresence } from '../presence/team-presence.ts';
import { layoutMessages } from './layout.messages.ts';
import { UpdateMySettingsMutation } from './update-my-settings.mutation.ts';

type Operator = NonNullable<MeQuery['me']['operator']>;

type Props = {
  operator: Operator;
  project: string;
  team: TeamPresence;
  onShortcuts: () => void;
  onLogout: () => void;
  loggingOut: boolean;
};

const Chevron = () => (
  <svg class="app-user-chevron" width="12" height="12" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">
    <path d="m4 6 4 4 4-4" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

// The operator's preferences, folded behind their avatar and name so that the header never overflows: status,
// read on open, language, the keyboard shortcuts and logging out.
export const UserMenu = (props: Props) => {
  const t = useMessages(appMessages);
  const layout = useMessages(layoutMessages);
  const [saving, update] = createMutation(UpdateMySettingsMutation);
  // Shown at once; the server's answer (the Me query's cache) confirms it.
  const [readOnOpen, setReadOnOpen] = createSignal(props.operator.readOnOpen);
  createEffect(() => setReadOnOpen(props.operator.readOnOpen));
  const toggleReadOnOpen = () => {
    const next = !readOnOpen();
    setReadOnOpen(next);
    void update({ input: { readOnOpen: next } });
  };
  // The app switches at once, and the choice is kept on the server for the operator's next login.
  const choose = (next: Locale) => {
    setLocale(next);
    void update({ input: { locale: apiLocale(next) } });
  };
  const role = () => t(`roles.${props.operator.role}`);

  return (
    <Menu
      label={layout('userMenu.label', { name: props.operator.name })}
      buttonClass="app-user-button"
      buttonTestId="user-menu"
      buttonLabel={layout('userMenu.button', { name: props.operator.name })}
      buttonTitle={layout('userMenu.title')}
      menuClass="user-menu"
      menuTestId="user-menu-list"
      button={
        <>
          <PresenceAvatar name={props.operator.name} url={props.operator.avatarUrl} size={30} status={props.team.own()} dotTestId="presence-dot" />
          <span class="app-user-text sr-narrow">
            <span class="app-user-name" data-testid="operator-name">
              {props.operator.name}
            </span>
            <span class="app-user-role">{role()}</span>
          </span>
          <Chevron />
        </>
      }
    >
      <div class="user-menu-head" role="none">
        <span class="user-menu-name">{props.operator.name}</span>
        <span class="user-menu-sub">{`${role()} · ${props.project}`}</span>
      </div>
      <MenuSeparator />
      <PresenceMenuItems team={props.team} />
      <MenuSeparator />
      <MenuItem kind="checkbox" keepOpen checked={readOnOpen()} disabled={saving.fetching} testId="read-on-open" title={t('readOnOpen.title')} onSelect={toggleReadOnOpen}>
        {t('readOnOpen.label')}
      </MenuItem>
      <MenuGroup label={t('language.label')} testId="language-select">
        <For each={locales}>
          {(code) => (
            <MenuItem kind="radio" keepOpen checked={locale() === code} testId="language-option" data-locale={code} onSelect={() => choose(code)}>
              {t(`language.${apiLocale(code)}`)}
            </MenuItem>
          )}
        </For>
      </MenuGroup>
      <MenuSeparator />
      <MenuItem testId="shortcuts-toggle" onSelect={props.onShortcuts}>
        {layout('shortcuts.button')}
      </MenuItem>
      <MenuItem testId="logout" class="is-danger" disabled={props.loggingOut} onSelect={props.onLogout}>
        {t('logout')}
      </MenuItem>
    </Menu>
  );
};
