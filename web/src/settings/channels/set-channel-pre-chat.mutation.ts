import { graphql } from '../../generated/index.ts';

export const SetChannelPreChatMutation = graphql(`
  mutation SetChannelPreChat($input: SetChannelPreChatInput!) {
    setChannelPreChat(input: $input) {
      channel { id preChatFields }
      userErrors { ...UserErrorFields }
    }
  }
`);
