import { useMessages } from '../../i18n/messages.ts';
import type { Refusal } from '../../shared/mutation-outcome.ts';
import { quickRepliesMessages } from './quick-replies.messages.ts';

/** The words for a refused quick reply or folder change, by its code and field (the common ones otherwise). */
export const createQuickReplyRefusal = () => {
  const t = useMessages(quickRepliesMessages);
  return (error: Refusal) => {
    if (error.code === 'CONFLICT') return t('errors.tooManyFolders');
    if (error.code !== 'INVALID_INPUT') return undefined;
    return { title: t('errors.badTitle'), text: t('errors.badText'), name: t('errors.badName') }[error.field ?? ''];
  };
};
