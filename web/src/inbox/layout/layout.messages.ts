import { defineMessages, plural } from '../../i18n/messages.ts';

// The inbox's panes around the conversation, and its keyboard shortcuts (inbox-keys.ts lists them).
export const layoutMessages = defineMessages({
  en: {
    title: 'Inbox',
    titleOf: 'Inbox · {{ project }}',
    empty: { title: 'Pick a conversation', text: 'Choose a chat on the left to read it and reply.' },
    card: { label: 'Client card', open: 'Open the client card' },
    delivery: {
      delayed: (queued: number, minutes: number) =>
        `${plural('en', queued, { one: '# reply waits', other: '# replies wait' })} to be delivered, the oldest for ${plural('en', minutes, { one: '# minute', other: '# minutes' })}.`,
      noWorker: 'No delivery worker is running: they go out once one starts.',
      backlog: 'Delivery is behind: they go out in turn.',
    },
    userMenu: { label: 'Menu of {{ name }}', button: '{{ name }}: status and preferences', title: 'Status, preferences and logging out' },
    shortcuts: {
      button: 'Keyboard shortcuts',
      title: 'Keyboard shortcuts',
      send: 'Send the reply or the note',
      markRead: 'Mark the conversation read',
      quickReplies: 'Quick replies (in an empty composer)',
      mention: 'Mention a colleague in an internal note',
      step: 'Previous or next chat',
      largeCard: 'Large client card',
      escape: 'Close the innermost open menu, then the client card',
      or: 'or',
    },
  },
  ru: {
    title: 'Входящие',
    titleOf: 'Входящие · {{ project }}',
    empty: { title: 'Выберите диалог', text: 'Откройте чат слева, чтобы прочитать его и ответить.' },
    card: { label: 'Карточка клиента', open: 'Открыть карточку клиента' },
    delivery: {
      delayed: (queued: number, minutes: number) =>
        `${plural('ru', queued, { one: '# ответ ждёт', few: '# ответа ждут', many: '# ответов ждут', other: '# ответа ждут' })} отправки, самый давний — ${plural('ru', minutes, { one: '# минуту', few: '# минуты', many: '# минут', other: '# минуты' })}.`,
      noWorker: 'Сервис отправки не запущен: они уйдут, как только он заработает.',
      backlog: 'Отправка не успевает: они уйдут по очереди.',
    },
    userMenu: { label: 'Меню: {{ name }}', button: '{{ name }}: статус и настройки', title: 'Статус, настройки и выход' },
    shortcuts: {
      button: 'Горячие клавиши',
      title: 'Горячие клавиши',
      send: 'Отправить ответ или заметку',
      markRead: 'Отметить диалог прочитанным',
      quickReplies: 'Быстрые ответы (в пустом поле ввода)',
      mention: 'Упомянуть коллегу во внутренней заметке',
      step: 'Предыдущий или следующий чат',
      largeCard: 'Большая карточка клиента',
      escape: 'Закрыть открытое меню, затем карточку клиента',
      or: 'или',
    },
  },
});
