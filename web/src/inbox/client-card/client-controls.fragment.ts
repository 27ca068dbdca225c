import { graphql } from '../../generated/index.ts';

// The client's bot and blocking state, as the card shows it and the client actions answer it.
export const ClientControlsFragment = graphql(`
  fragment ClientControls on Client {
    id
    botActive
    botPausedUntil
    blocked
  }
`);
