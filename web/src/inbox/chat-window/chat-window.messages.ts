import { defineMessages, plural } from '../../i18n/messages.ts';

// The chat window: its header, the timeline between the messages, and the composer.
export const chatWindowMessages = defineMessages({
  en: {
    label: 'Conversation',
    notFound: { title: 'Conversation not found', text: 'It may have been removed, or it belongs to another project.' },
    failed: 'Could not load the conversation',
    status: { OPEN: 'Open', CLOSED: 'Closed', archived: 'Archived' },
    unassigned: 'Unassigned',
    dismiss: 'Dismiss',
    loading: 'Loading messages…',
    empty: { title: 'No messages yet', text: 'Say hello — your reply goes out through {{ channel }}.', channel: 'the channel' },
    timeline: { loadingOlder: 'Loading older messages…', retry: 'Retry', start: 'Beginning of the conversation' },
    systemEvents: { hide: 'Hide system events', show: 'Show system events' },
    changes: {
      bot: 'Bot',
      count: (n: number) => plural('en', n, { one: '# change to the card', other: '# changes to the card' }),
      expand: 'Show each change',
      collapse: 'Hide the changes',
    },
  },
  ru: {
    label: 'Диалог',
    notFound: { title: 'Диалог не найден', text: 'Возможно, он удалён или относится к другому проекту.' },
    failed: 'Не удалось загрузить диалог',
    status: { OPEN: 'Открыт', CLOSED: 'Закрыт', archived: 'В архиве' },
    unassigned: 'Не назначен',
    dismiss: 'Закрыть',
    loading: 'Загружаем сообщения…',
    empty: { title: 'Сообщений пока нет', text: 'Поздоровайтесь — ответ уйдёт через {{ channel }}.', channel: 'канал' },
    timeline: { loadingOlder: 'Загружаем более ранние сообщения…', retry: 'Повторить', start: 'Начало диалога' },
    systemEvents: { hide: 'Скрыть системные события', show: 'Показать системные события' },
    changes: {
      bot: 'Бот',
      count: (n: number) => plural('ru', n, { one: '# изменение в карточке', few: '# изменения в карточке', many: '# изменений в карточке', other: '# изменения в карточке' }),
      expand: 'Показать каждое изменение',
      collapse: 'Свернуть изменения',
    },
  },
});
