import { defineMessages } from '../../i18n/messages.ts';

// The composer's quick reply picker.
export const quickReplyPickerMessages = defineMessages({
  en: {
    label: 'Quick replies',
    search: 'Search quick replies…',
    searchLabel: 'Search quick replies',
    empty: 'No quick replies yet.',
    noMatch: 'No quick replies match.',
    other: 'Other',
    newReply: 'New quick reply',
    failed: 'Could not save the quick reply.',
  },
  ru: {
    label: 'Быстрые ответы',
    search: 'Поиск быстрых ответов…',
    searchLabel: 'Поиск быстрых ответов',
    empty: 'Быстрых ответов пока нет.',
    noMatch: 'Ничего не нашлось.',
    other: 'Другие',
    newReply: 'Новый быстрый ответ',
    failed: 'Не удалось сохранить быстрый ответ.',
  },
});
