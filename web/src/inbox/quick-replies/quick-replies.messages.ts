import { defineMessages } from '../../i18n/messages.ts';

// The composer's quick replies.
export const quickRepliesMessages = defineMessages({
  en: { otherFolder: 'Other' },
  ru: { otherFolder: 'Без папки' },
});
