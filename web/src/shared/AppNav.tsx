import { For } from 'solid-js';
import { AUDIENCE_HREF, currentView, INBOX_HREF, SETTINGS_HREF, type View } from './app-route.ts';
import './app-nav.css';

const links: { view: View; href: string; label: string }[] = [
  { view: 'inbox', href: INBOX_HREF, label: 'Inbox' },
  { view: 'audience', href: AUDIENCE_HREF, label: 'Audience' },
  { view: 'settings', href: SETTINGS_HREF, label: 'Settings' },
];

// The app's top-level views, in the header: the live inbox, the Audience (the client list) and the settings.
export const AppNav = () => (
  <nav class="app-nav" aria-label="Views">
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
          {link.label}
        </a>
      )}
    </For>
  </nav>
);
