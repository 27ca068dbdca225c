import { audienceOpen, AUDIENCE_HREF, INBOX_HREF } from './audience-route.ts';
import './app-nav.css';

// The app's top-level views, in the header: the live inbox and the Audience (the client list).
export const AppNav = () => (
  <nav class="app-nav" aria-label="Views">
    <a class="app-nav-link" classList={{ 'is-active': !audienceOpen() }} href={INBOX_HREF} data-testid="nav-inbox"
      // Already in the inbox: keep the open conversation.
      onClick={(event) => !audienceOpen() && event.preventDefault()}
      aria-current={audienceOpen() ? undefined : 'page'}>
      Inbox
    </a>
    <a class="app-nav-link" classList={{ 'is-active': audienceOpen() }} href={AUDIENCE_HREF} data-testid="nav-audience" aria-current={audienceOpen() ? 'page' : undefined}>
      Audience
    </a>
  </nav>
);
