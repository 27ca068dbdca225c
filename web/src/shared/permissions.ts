import { createQuery } from '@urql/solid';
import { graphql } from '../generated/index.ts';
import type { PermissionsQuery as PermissionsData } from '../generated/graphql.ts';

// What the signed-in caller may do, as the server's permissions table says: the web shows an action only when
// this allows it, and keeps no role list of its own. The project's id is asked too, so that a change of the
// project's settings (who may delete messages) refetches it.
export const PermissionsQuery = graphql(`
  query Permissions {
    me {
      project {
        id
      }
      can {
        manageProject
        manageOperators
        manageOwners
        manageChannels
        manageApiTokens
        manageWebhooks
        manageTeams
        manageFunnels
        manageVariables
        manageQuickReplies
        manageFileLibrary
        manageCapacity
        viewPresenceReport
        importExportClients
        viewAllScheduledMessages
        sendBroadcasts
        viewAllTeamInboxes
        assignAnyConversation
        assignAnyClientOwner
        changeAnyTask
        moderateComments
        manageSharedFilters
        deleteClients
        purgeClients
        deleteMessages
        editProcesses
        startProcesses
        steerProcessRuns
      }
    }
  }
`);

export type Action = Exclude<keyof PermissionsData['me']['can'], '__typename'>;

/** `can(action)`: false until the server has answered. */
export const createPermissions = () => {
  const [query] = createQuery({ query: PermissionsQuery });
  const can = (action: Action) => query.data?.me.can[action] ?? false;
  return Object.assign(can, { loaded: () => !!query.data });
};
