import { requireViewer, type Context, type Viewer } from '../context.ts';
import { defineUserErrors } from '../graphql/errors.ts';
import type { OperatorRole } from '../operators/operator.entity.ts';
import type { ProjectRow } from '../projects/project.entity.ts';

// Who may do what, in one table: every service checks it (may / requirePermission), `me { can { … } }` tells the
// web, and schema/permissions.graphql has a field per action (a test keeps the two equal). Rules about one object
// (your own conversation, comment or task) combine an action here with who owns the object, in the feature's
// service, and reach the web as that object's `viewerCan…` fields.

const admins = ['OWNER', 'ADMIN'] as const;
const managers = ['OWNER', 'ADMIN', 'MANAGER'] as const;
const everyone = ['OWNER', 'ADMIN', 'MANAGER', 'OPERATOR'] as const;

type Rule = {
  /** The roles allowed, fixed or chosen by the project. */
  roles: readonly OperatorRole[] | ((project: ProjectRow) => readonly OperatorRole[]);
  /** Whether project API tokens (the project's bot, without a role) may. */
  apiTokens: boolean;
};

export const permissions = {
  manageProject: { roles: admins, apiTokens: false },
  manageOperators: { roles: admins, apiTokens: false },
  manageOwners: { roles: ['OWNER'], apiTokens: false },
  manageChannels: { roles: admins, apiTokens: false },
  manageApiTokens: { roles: admins, apiTokens: false },
  manageWebhooks: { roles: admins, apiTokens: true },
  manageTeams: { roles: managers, apiTokens: false },
  manageFunnels: { roles: managers, apiTokens: false },
  manageVariables: { roles: managers, apiTokens: false },
  manageQuickReplies: { roles: managers, apiTokens: false },
  manageFileLibrary: { roles: managers, apiTokens: false },
  manageCapacity: { roles: managers, apiTokens: false },
  viewPresenceReport: { roles: managers, apiTokens: false },
  importExportClients: { roles: managers, apiTokens: false },
  viewAllScheduledMessages: { roles: managers, apiTokens: true },
  sendBroadcasts: { roles: managers, apiTokens: true },
  editProcesses: { roles: managers, apiTokens: true },
  startProcesses: { roles: everyone, apiTokens: true },
  steerProcessRuns: { roles: everyone, apiTokens: true },
  viewAllTeamInboxes: { roles: managers, apiTokens: true },
  assignAnyConversation: { roles: managers, apiTokens: true },
  assignAnyClientOwner: { roles: managers, apiTokens: true },
  changeAnyTask: { roles: managers, apiTokens: true },
  moderateComments: { roles: managers, apiTokens: false },
  manageSharedFilters: { roles: managers, apiTokens: false },
  deleteClients: { roles: managers, apiTokens: true },
  purgeClients: { roles: admins, apiTokens: true },
  deleteMessages: { roles: (project) => project.messageDeletionRoles as OperatorRole[], apiTokens: false },
} satisfies Record<string, Rule>;

export type Action = keyof typeof permissions;
export const actions = Object.keys(permissions) as Action[];

/** Whether the caller may do `action` in their project. */
export function may(viewer: Viewer, action: Action): boolean {
  if (!viewer.operator) return (permissions[action] as Rule).apiTokens;
  return rolesOf(viewer.project, action).includes(viewer.operator.role);
}

const rolesOf = (project: ProjectRow, action: Action) => {
  const rule: Rule = permissions[action];
  return typeof rule.roles === 'function' ? rule.roles(project) : rule.roles;
};

const roleNames: Record<OperatorRole, string> = { OWNER: 'owners', ADMIN: 'admins', MANAGER: 'managers', OPERATOR: 'operators' };

/** "owners, admins and managers", from the roles themselves. */
const whoMay = (roles: readonly OperatorRole[]) => {
  const names = roles.map((role) => roleNames[role]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
};

// Its values name the action (a field of `me.can`) and the roles that may, so the web words it in any language.
const permissionErrors = defineUserErrors({
  PERMISSION_DENIED: {
    code: 'FORBIDDEN',
    message: ({ action, roles }: { action: Action; roles: string }) => {
      const who = whoMay(roles ? (roles.split(',') as OperatorRole[]) : []);
      const tokens = permissions[action].apiTokens ? '' : ' (not API tokens)';
      return who ? `Only ${who} may do this${tokens}.` : `Nobody may do this in this project${tokens}.`;
    },
  },
});

/** The viewer, when they may do `action`; a FORBIDDEN user error (PERMISSION_DENIED) otherwise. */
export function requirePermission(viewer: Viewer, action: Action): Viewer {
  if (!may(viewer, action)) throw permissionErrors.PERMISSION_DENIED(null, { action, roles: rolesOf(viewer.project, action).join(',') });
  return viewer;
}

/** The caller, signed in and allowed to do `action` (for resolvers). */
export function requireCan(context: Context, action: Action): Viewer {
  return requirePermission(requireViewer(context), action);
}

/** Resolves a `viewerCan…` field from a rule about one object; false for a caller who is not a viewer (a visitor). */
export const viewerCan =
  <T>(rule: (viewer: Viewer, object: T) => boolean) =>
  (object: T, _: unknown, context: Context) =>
    !!context.viewer && rule(context.viewer, object);
