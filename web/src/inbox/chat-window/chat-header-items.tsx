import type { ToolbarItem } from '../../ui/FoldingToolbar.tsx';
import type { DialogSearch } from './dialog-search.ts';
import type { SystemEventsPreference } from './system-events-preference.ts';

const SearchIcon = () => (
  <svg width="15" height="15" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.7" aria-hidden="true">
    <circle cx="7" cy="7" r="4.6" />
    <path d="m10.5 10.5 3.8 3.8" stroke-linecap="round" />
  </svg>
);

const eventsIcon = (shown: boolean) => () => (
  <svg width="15" height="15" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" aria-hidden="true">
    <path d="M2 4h12M2 8h7M2 12h12" />
    <path d="M11.5 6.5v3" opacity={shown ? 1 : 0} />
    <path d="M2 14 14 2" opacity={shown ? 0 : 1} />
  </svg>
);

/** The magnifier: `words` are the chat list's search words, looked for on opening. */
export const dialogSearchItem = (search: DialogSearch, words: string | null, label: string): ToolbarItem => ({
  key: 'search',
  testId: 'dialog-search-toggle',
  priority: 4,
  label,
  icon: SearchIcon,
  pressed: search.open(),
  run: () => (search.open() ? search.hide() : search.show(words)),
});

/** Hides conversation events and card changes, leaving the messages and notes: a way of reading, folded first. */
export const systemEventsItem = (preference: SystemEventsPreference, labels: { hide: string; show: string }): ToolbarItem => ({
  key: 'events',
  testId: 'system-events-toggle',
  priority: 8,
  label: preference.shown() ? labels.hide : labels.show,
  icon: eventsIcon(preference.shown()),
  pressed: !preference.shown(),
  run: () => preference.toggle(),
});
