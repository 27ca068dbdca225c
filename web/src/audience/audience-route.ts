import { createSignal } from 'solid-js';
import { selectedId } from '../inbox/selection.ts';

// The Audience lives in the hash like the open conversation (`#/c/<id>`): reloads and back/forward keep it.
export const AUDIENCE_HREF = '#/audience';
export const INBOX_HREF = '#/';

const [hash, setHash] = createSignal(location.hash);
const sync = () => setHash(location.hash);
window.addEventListener('hashchange', sync);
window.addEventListener('popstate', sync);

// Opening a conversation pushes `#/c/<id>` without a hashchange (a notification, say): `selectedId` notices it,
// and the hash is read again then.
export const audienceOpen = () => {
  hash();
  selectedId();
  return location.hash === AUDIENCE_HREF;
};
