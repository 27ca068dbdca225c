import type { OperatorRole } from '../generated/graphql.ts';
import { currentHash, SETTINGS_HREF } from '../shared/app-route.ts';

// The settings sections, each at `#/settings/<key>`, shown to the roles the server lets change them.
export const SECTIONS = [
  { key: 'account', label: 'My account', roles: ['OWNER', 'ADMIN', 'MANAGER', 'OPERATOR'] },
  { key: 'general', label: 'General', roles: ['OWNER', 'ADMIN'] },
  { key: 'operators', label: 'Operators', roles: ['OWNER', 'ADMIN'] },
  { key: 'teams', label: 'Teams', roles: ['OWNER', 'ADMIN', 'MANAGER'] },
  { key: 'channels', label: 'Channels', roles: ['OWNER', 'ADMIN'] },
  { key: 'api-tokens', label: 'API tokens', roles: ['OWNER', 'ADMIN'] },
] as const satisfies readonly { key: string; label: string; roles: readonly OperatorRole[] }[];

export type SectionKey = (typeof SECTIONS)[number]['key'];

export const sectionsFor = (role: OperatorRole) => SECTIONS.filter((section) => (section.roles as readonly OperatorRole[]).includes(role));

export const sectionHref = (key: SectionKey) => `${SETTINGS_HREF}/${key}`;

/** The section in the address if the role may see it, else the first one it may. */
export const currentSection = (role: OperatorRole): SectionKey => {
  const allowed = sectionsFor(role);
  const asked = currentHash().slice(SETTINGS_HREF.length + 1);
  return allowed.find((section) => section.key === asked)?.key ?? allowed[0]!.key;
};
