import { For } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { appMessages } from './app.messages.ts';
import { AUDIENCE_HREF, currentView, INBOX_HREF, SETTINGS_HREF, type View } from './app-route.ts';
import './app-nav.css';

const links: { view: View; href: string }[] = [
  { view: 'inbox', href: INBOX_HREF },
  { view: 'audience', href: AUDIENCE_HREF },
  { view: 'settings', href: SETTINGS_HREF },
];

// The app's top-level views, in the header: the live inbox, the Audience (the client list) and the settings.
export const AppNav = () => {
  const t = useMessages(appMessages);
  return (
    <nav class="app-nav" aria-label={t('views.label')}>
      <For each={links}>
        {(link) => (
          <a
            class="app-nav-link"
            classList={{ 'is-active': currentView() === link.view }}
            href={link.href}
            data-testid={`nav-${link.view}`}
            aria-current={currentView() === link.view ? 'page' : undefined}
            // Already there: keep the open conversation or settings section.
            onClick={(event) => currentView() === link.view && event.preventDefault()}
          >
            {t(`views.${link.view}`)}
          </a>
        )}
      </For>
    </nav>
  );
};
