import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';

// Where the gateway is, as this api's configuration says (AppOptions.gatewayUrl): the web app's one source for it.
export const gatewayResolvers: Resolvers = {
  Query: {
    gateway: (_, __, ctx) => {
      requireViewer(ctx);
      return ctx.app.gatewayUrl ? { url: ctx.app.gatewayUrl } : null;
    },
  },
};
