import { graphql } from '../../generated/index.ts';

// A change to the client (tag, stage, owner, variables…) shown between the messages. `type` is aliased: the
// timeline's union also holds ConversationEvent.type, of another enum.
export const ClientActivityEntryFragment = graphql(`
  fragment ClientActivityEntry on ClientActivity {
    id
    activityType: type
    summary
    data
    createdAt
    actor {
      id
      name
    }
  }
`);
