import { currentHash, SETTINGS_HREF } from '../shared/app-route.ts';
import type { Action } from '../shared/permissions.ts';

// The settings sections, each at `#/settings/<key>` and named in settings.messages.ts (`sections.<key>`), shown
// when the server lets the caller change what they hold (`needs`: an action of the permissions table; none for
// everyone's own account).
export const SECTIONS = [
  { key: 'account', needs: null },
  { key: 'general', needs: 'manageProject' },
  { key: 'message-deletion', needs: 'manageProject' },
  { key: 'operators', needs: 'manageOperators' },
  { key: 'teams', needs: 'manageTeams' },
  { key: 'quick-replies', needs: 'manageQuickReplies' },
  { key: 'funnels', needs: 'manageFunnels' },
  { key: 'variables', needs: 'manageVariables' },
  { key: 'channels', needs: 'manageChannels' },
  { key: 'api-tokens', needs: 'manageApiTokens' },
  { key: 'webhooks', needs: 'manageWebhooks' },
] as const satisfies readonly { key: string; needs: Action | null }[];

export type SectionKey = (typeof SECTIONS)[number]['key'];

export const sectionsFor = (can: (action: Action) => boolean) => SECTIONS.filter((section) => section.needs === null || can(section.needs));

export const sectionHref = (key: SectionKey) => `${SETTINGS_HREF}/${key}`;

/** The section in the address if the caller may see it, else the first one they may. */
export const currentSection = (can: (action: Action) => boolean): SectionKey => {
  const allowed = sectionsFor(can);
  const asked = currentHash().slice(SETTINGS_HREF.length + 1);
  return allowed.find((section) => section.key === asked)?.key ?? allowed[0]!.key;
};
