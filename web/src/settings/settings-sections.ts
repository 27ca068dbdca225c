import { currentHash, SETTINGS_HREF } from '../shared/app-route.ts';
import type { Action } from '../shared/permissions.ts';

// The settings sections, each at `#/settings/<key>`, shown when the server lets the caller change what they hold
// (`needs`: an action of the permissions table; none for everyone's own account).
export const SECTIONS = [
  { key: 'account', label: 'My account', needs: null },
  { key: 'general', label: 'General', needs: 'manageProject' },
  { key: 'operators', label: 'Operators', needs: 'manageOperators' },
  { key: 'teams', label: 'Teams', needs: 'manageTeams' },
  { key: 'channels', label: 'Channels', needs: 'manageChannels' },
  { key: 'api-tokens', label: 'API tokens', needs: 'manageApiTokens' },
] as const satisfies readonly { key: string; label: string; needs: Action | null }[];

export type SectionKey = (typeof SECTIONS)[number]['key'];

export const sectionsFor = (can: (action: Action) => boolean) => SECTIONS.filter((section) => section.needs === null || can(section.needs));

export const sectionHref = (key: SectionKey) => `${SETTINGS_HREF}/${key}`;

/** The section in the address if the caller may see it, else the first one they may. */
export const currentSection = (can: (action: Action) => boolean): SectionKey => {
  const allowed = sectionsFor(can);
  const asked = currentHash().slice(SETTINGS_HREF.length + 1);
  return allowed.find((section) => section.key === asked)?.key ?? allowed[0]!.key;
};
