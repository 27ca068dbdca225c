import { graphql } from '../generated/index.ts';

// Ids of the project's clients that anyone changed; the list reloads those it shows (audience-rows.query.ts).
export const ClientsChangedSubscription = graphql(`
  subscription ClientsChanged {
    clientsChanged {
      clientIds
    }
  }
`);
