import { createSignal } from 'solid-js';

// The open conversation lives in the hash (`#/c/<id>`) so reloads and back/forward keep it; the server only serves
// `/`, so a path route would not survive a reload. `#/c/<id>/card` is its client card as a screen of its own (the
// drawer up to 1180 px, a phone's third screen), so that the browser's Back closes it too.
type Route = { id: string | null; card: boolean };

const parse = (): Route => {
  const match = /^#\/c\/([^/]+)(\/card)?$/.exec(location.hash);
  return match?.[1] ? { id: decodeURIComponent(match[1]), card: !!match[2] } : { id: null, card: false };
};

const [route, setRoute] = createSignal<Route>(parse(), { equals: (a, b) => a.id === b.id && a.card === b.card });
window.addEventListener('hashchange', () => setRoute(parse()));

export const selectedId = () => route().id;
/** The client card is open as a screen (or a drawer) over the conversation. */
export const cardScreen = () => route().card;

const urlOf = (next: Route) =>
  next.id ? `#/c/${encodeURIComponent(next.id)}${next.card ? '/card' : ''}` : location.pathname + location.search;

// An entry this app pushed remembers the screen it came from: the Back buttons then go back in history (as the
// browser's Back does), and only a page opened by link, with nothing of ours behind it, is replaced instead.
type Entry = { from?: 'list' | 'chat' };

const push = (next: Route, entry: Entry) => {
  const url = urlOf(next);
  if (location.hash !== (next.id ? url : '')) history.pushState(entry, '', url);
  setRoute(next);
};

const backTo = (next: Route, from: Entry['from']) => {
  if ((history.state as Entry | null)?.from === from) return history.back();
  history.replaceState(null, '', urlOf(next));
  setRoute(next);
};

export const selectConversation = (id: string | null) => push({ id, card: false }, { from: route().id ? 'chat' : 'list' });

/** The card as a screen over the open conversation. */
export const openCardScreen = () => {
  const id = route().id;
  if (id && !route().card) push({ id, card: true }, { from: 'chat' });
};

export const closeCardScreen = () => {
  const id = route().id;
  if (route().card) backTo({ id, card: false }, 'chat');
};

/** A phone's Back from a conversation: the chat list. */
export const backToList = () => {
  if (route().card) return closeCardScreen();
  backTo({ id: null, card: false }, 'list');
};
