import { graphql } from '../../generated/index.ts';

// A messenger channel's life in Settings: paused, resumed, disconnected, tested.
export const PauseChannelMutation = graphql(`
  mutation PauseChannel($input: ChannelInput!) {
    pauseChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }
  }
`);

export const ResumeChannelMutation = graphql(`
  mutation ResumeChannel($input: ChannelInput!) {
    resumeChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }
  }
`);

export const DisconnectChannelMutation = graphql(`
  mutation DisconnectChannel($input: ChannelInput!) {
    disconnectChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }
  }
`);

export const TestChannelMutation = graphql(`
  mutation TestChannel($input: TestChannelInput!) {
    testChannel(input: $input) { sent userErrors { ...UserErrorFields } }
  }
`);
