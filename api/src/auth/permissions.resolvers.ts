import type { Resolvers } from '../generated/graphql.ts';
import { actions, may } from './permissions.ts';

// `me { can { … } }`: every field of Permissions asks the table (a test keeps the schema's fields equal to it).
export const permissionResolvers: Resolvers = {
  Viewer: {
    can: (viewer) => viewer,
  },
  Permissions: Object.fromEntries(actions.map((action) => [action, (viewer: Parameters<typeof may>[0]) => may(viewer, action)])),
};
