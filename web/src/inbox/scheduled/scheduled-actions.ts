import { useClient } from '@urql/solid';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { failureText, refusalText } from '../../shared/refusal-text.ts';
import { CancelScheduledMessageMutation, RescheduleMessageMutation, SendScheduledMessageNowMutation } from './scheduled.mutations.ts';
import { scheduledMessages } from './scheduled.messages.ts';

type Answer = { message?: ChatMessageFragment | null; userErrors: Parameters<typeof refusalText>[0][] } | undefined;
/** The changed message, or the words of why not. */
export type ChangeResult = { message: ChatMessageFragment } | { error: string };

// Reschedule, Send now and Cancel of a pending send, as the card and the Scheduled page offer them.
export const createScheduledActions = () => {
  const client = useClient();
  const t = useMessages(scheduledMessages);
  const outcome = (answer: Answer, error: Parameters<typeof failureText>[0]): ChangeResult => {
    if (answer?.userErrors.length) return { error: answer.userErrors.map(refusalText).join(' ') };
    if (!answer?.message) return { error: failureText(error, t('card.failed')) };
    return { message: answer.message };
  };
  return {
    reschedule: async (messageId: string, sendAt: string) => {
      const result = await client.mutation(RescheduleMessageMutation, { input: { messageId, sendAt } }).toPromise();
      return outcome(result.data?.rescheduleMessage, result.error);
    },
    sendNow: async (messageId: string) => {
      const result = await client.mutation(SendScheduledMessageNowMutation, { input: { messageId } }).toPromise();
      return outcome(result.data?.sendScheduledMessageNow, result.error);
    },
    cancel: async (messageId: string) => {
      const result = await client.mutation(CancelScheduledMessageMutation, { input: { messageId } }).toPromise();
      return outcome(result.data?.cancelScheduledMessage, result.error);
    },
  };
};
