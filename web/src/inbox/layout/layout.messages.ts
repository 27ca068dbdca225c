import { defineMessages } from '../../i18n/messages.ts';

// The inbox's panes around the conversation, and its keyboard shortcuts (inbox-keys.ts lists them).
export const layoutMessages = defineMessages({
  en: {
    title: 'Inbox',
    titleOf: 'Inbox · {{ project }}',
    empty: { title: 'Pick a conversation', text: 'Choose a chat on the left to read it and reply.' },
    card: { label: 'Client card', open: 'Open the client card' },
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
