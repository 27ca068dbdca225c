import { graphql } from '../../generated/index.ts';

export const ScheduleMessageMutation = graphql(`
  mutation ScheduleMessage($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RescheduleMessageMutation = graphql(`
  mutation RescheduleMessage($input: RescheduleMessageInput!) {
    rescheduleMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SendScheduledMessageNowMutation = graphql(`
  mutation SendScheduledMessageNow($input: ScheduledMessageInput!) {
    sendScheduledMessageNow(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelScheduledMessageMutation = graphql(`
  mutation CancelScheduledMessage($input: ScheduledMessageInput!) {
    cancelScheduledMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
