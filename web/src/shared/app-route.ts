import { createSignal } from 'solid-js';
import { cardScreen, selectedId } from '../inbox/selection.ts';

// The app's views live in the hash like the open conversation (`#/c/<id>`): reloads and back/forward keep them.
export const INBOX_HREF = '#/';
export const AUDIENCE_HREF = '#/audience';
export const SETTINGS_HREF = '#/settings';
export const SCHEDULED_HREF = '#/scheduled';
export const PROCESSES_HREF = '#/processes';

/** A process open in the editor. */
export const processHref = (id: string) => `${PROCESSES_HREF}/${encodeURIComponent(id)}`;

export type View = 'inbox' | 'audience' | 'scheduled' | 'processes' | 'settings';

const [hash, setHash] = createSignal(location.hash);
const sync = () => setHash(location.hash);
window.addEventListener('hashchange', sync);
window.addEventListener('popstate', sync);

/** The hash now. Opening a conversation pushes `#/c/<id>` without a hashchange (a notification, say): `selectedId` notices it. */
export const currentHash = () => {
  hash();
  selectedId();
  cardScreen();
  return location.hash;
};

export const currentView = (): View => {
  const current = currentHash();
  if (current === AUDIENCE_HREF) return 'audience';
  if (current === SCHEDULED_HREF) return 'scheduled';
  if (current === PROCESSES_HREF || current.startsWith(`${PROCESSES_HREF}/`)) return 'processes';
  return current === SETTINGS_HREF || current.startsWith(`${SETTINGS_HREF}/`) ? 'settings' : 'inbox';
};

/** The process open in the editor (`#/processes/<id>`), or null on the list. */
export const currentProcessId = (): string | null => {
  const current = currentHash();
  return current.startsWith(`${PROCESSES_HREF}/`) ? decodeURIComponent(current.slice(PROCESSES_HREF.length + 1)) || null : null;
};
