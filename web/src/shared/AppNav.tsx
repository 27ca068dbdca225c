import { For, Show, type JSX } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { appMessages } from './app.messages.ts';
import { AUDIENCE_HREF, currentView, INBOX_HREF, PROCESSES_HREF, SCHEDULED_HREF, SETTINGS_HREF, type View } from './app-route.ts';
import { createPermissions, type Action } from './permissions.ts';
import './app-nav.css';

const icon = (path: JSX.Element) => (
  <svg class="app-nav-icon" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    {path}
  </svg>
);

// `needs`: shown only to those the server allows (the project-wide Scheduled list is for managers and up).
const links: { view: View; href: string; icon: () => JSX.Element; needs?: Action }[] = [
  { view: 'inbox', href: INBOX_HREF, icon: () => icon(<path d="M4 5h16v11H9l-5 4z" />) },
  {
    view: 'audience',
    href: AUDIENCE_HREF,
    icon: () =>
      icon(
        <>
          <circle cx="9" cy="8" r="3.2" />
          <path d="M3 19c.6-3.2 3-5 6-5s5.4 1.8 6 5M16 5.2a3 3 0 0 1 0 5.6M18 14.4c1.6.6 2.6 2.2 3 4.6" />
        </>,
      ),
  },
  {
    view: 'scheduled',
    href: SCHEDULED_HREF,
    needs: 'viewAllScheduledMessages',
    icon: () =>
      icon(
        <>
          <circle cx="12" cy="12" r="8.5" />
          <path d="M12 7.5V12l3 2" />
        </>,
      ),
  },
  {
    view: 'processes',
    href: PROCESSES_HREF,
    needs: 'editProcesses',
    icon: () =>
      icon(
        <>
          <rect x="3" y="4" width="7" height="5" rx="1.2" />
          <rect x="14" y="15" width="7" height="5" rx="1.2" />
          <path d="M6.5 9v4.5a1.5 1.5 0 0 0 1.5 1.5h6" />
        </>,
      ),
  },
  {
    view: 'settings',
    href: SETTINGS_HREF,
    icon: () =>
      icon(
        <>
          <circle cx="12" cy="12" r="3" />
          <path d="M12 2.8v2.4M12 18.8v2.4M2.8 12h2.4M18.8 12h2.4M5.5 5.5l1.7 1.7M16.8 16.8l1.7 1.7M5.5 18.5l1.7-1.7M16.8 7.2l1.7-1.7" />
        </>,
      ),
  },
];

// The app's top-level views, in the header: the live inbox, the Audience (the client list), the scheduled messages
// (managers), the business processes (those who may edit them) and the settings. On a
// phone only their icons show; the words stay for screen readers and as the links' titles.
export const AppNav = () => {
  const t = useMessages(appMessages);
  const can = createPermissions();
  return (
    <nav class="app-nav" aria-label={t('views.label')}>
      <For each={links}>
        {(link) => (
          <Show when={!link.needs || can(link.needs)}>
            <a
              class="app-nav-link"
              classList={{ 'is-active': currentView() === link.view }}
              href={link.href}
              data-testid={`nav-${link.view}`}
              title={t(`views.${link.view}`)}
              aria-current={currentView() === link.view ? 'page' : undefined}
              // Already there: keep the open conversation or settings section.
              onClick={(event) => currentView() === link.view && event.preventDefault()}
            >
              {link.icon()}
              <span class="app-nav-label sr-phone">{t(`views.${link.view}`)}</span>
            </a>
          </Show>
        )}
      </For>
    </nav>
  );
};
