import { defineMessages } from '../i18n/messages.ts';

// Words every part of the app uses: buttons and the answers of a failed request.
export const commonMessages = defineMessages({
  en: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    delete: 'Delete',
    pin: 'Pin',
    unpin: 'Unpin',
    edited: 'edited',
    pinned: 'Pinned',
    api: 'API',
    nobody: 'Nobody',
    unassigned: 'Unassigned',
    retry: 'Retry',
    unreachable: 'The server is unreachable. Try again.',
  },
  ru: {
    save: 'Сохранить',
    cancel: 'Отмена',
    close: 'Закрыть',
    edit: 'Изменить',
    delete: 'Удалить',
    pin: 'Закрепить',
    unpin: 'Открепить',
    edited: 'изменено',
    pinned: 'Закреплено',
    api: 'API',
    nobody: 'Никто',
    unassigned: 'Не назначен',
    retry: 'Повторить',
    unreachable: 'Сервер недоступен. Попробуйте ещё раз.',
  },
});
