import { createMutation } from '@urql/solid';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { failureText, refusalText } from '../../shared/refusal-text.ts';
import { useMessages } from '../../i18n/messages.ts';
import { chatWindowMessages } from './chat-window.messages.ts';
import { ScheduleMessageMutation } from '../scheduled/scheduled.mutations.ts';
import { SendMessageMutation } from './send-message.mutation.ts';

const t = useMessages(chatWindowMessages);

export type SendOutcome = { message: ChatMessageFragment | null; errors: string[] };
type SendOptions = {
  asBot?: boolean;
  fileIds?: readonly string[];
  /** Later: scheduled for this time. */
  sendAt?: string | undefined;
  /** E-mail. */
  subject?: string;
  /** WhatsApp: an approved template instead of the text. */
  template?: { name: string; language: string; parameters: string[] };
};

// Sends the composer's reply to the client, now or (with `sendAt`) later.
export const createReplySender = () => {
  const [state, send] = createMutation(SendMessageMutation);
  const [scheduling, schedule] = createMutation(ScheduleMessageMutation);
  // One idempotency key per text: retrying the same text after a failure can never send it twice.
  let draftKey: { text: string; key: string } | null = null;

  return {
    fetching: () => state.fetching || scheduling.fetching,
    send: async (conversationId: string, text: string, options: SendOptions = {}): Promise<SendOutcome> => {
      const { asBot = false, fileIds = [], sendAt, subject, template } = options;
      // Sending as the bot (or with other files, at another time, as a template) is another message: another key.
      const keyed = `${asBot ? 'bot' : 'operator'}:${fileIds.join(',')}:${sendAt ?? ''}:${JSON.stringify(template ?? null)}:${text}`;
      if (draftKey?.text !== keyed) draftKey = { text: keyed, key: crypto.randomUUID() };
      const input = {
        conversationId,
        text,
        idempotencyKey: draftKey.key,
        ...(asBot ? { asBot } : {}),
        ...(fileIds.length ? { fileIds: [...fileIds] } : {}),
        ...(subject?.trim() ? { subject: subject.trim() } : {}),
      };
      const result = sendAt ? await schedule({ input: { ...input, sendAt } }) : await send({ input: { ...input, ...(template ? { template } : {}) } });
      const payload = result.data && ('scheduleMessage' in result.data ? result.data.scheduleMessage : result.data.sendMessage);
      if (result.error || !payload) {
        return { message: null, errors: [result.error?.networkError ? t('composer.notSentUnreachable') : failureText(result.error, t('composer.notSent'))] };
      }
      if (payload.userErrors.length) return { message: null, errors: payload.userErrors.map(refusalText) };
      draftKey = null;
      return { message: payload.message ?? null, errors: [] };
    },
  };
};
