import { createSignal } from 'solid-js';

// The open conversation lives in the hash (`#/c/<id>`) so reloads and back/forward keep it;
// the server only serves `/`, so a path route would not survive a reload.
const parse = (): string | null => {
  const match = /^#\/c\/(.+)$/.exec(location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
};

const [selectedId, setSelectedId] = createSignal<string | null>(parse());
window.addEventListener('hashchange', () => setSelectedId(parse()));

export { selectedId };

export const selectConversation = (id: string | null) => {
  const hash = id ? `#/c/${encodeURIComponent(id)}` : '';
  if (location.hash !== hash) history.pushState(null, '', hash || location.pathname + location.search);
  setSelectedId(id);
};
