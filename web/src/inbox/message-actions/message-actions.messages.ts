import { defineMessages } from '../../i18n/messages.ts';

// A message bubble's menu, its inline editor and the pinned messages.
export const messageActionMessages = defineMessages({
  en: {
    menu: 'Message actions',
    forward: 'Forward…',
    forwardSubject: 'Subject of the e-mail',
    confirmDelete: 'Delete this message?',
    notChanged: 'The message was not changed.',
    pinnedMessages: 'Pinned messages',
    showInConversation: 'Show in the conversation',
    client: 'Client',
    bot: 'Bot',
    deleted: 'Message deleted',
  },
  ru: {
    menu: 'Действия с сообщением',
    forward: 'Переслать…',
    forwardSubject: 'Тема письма',
    confirmDelete: 'Удалить сообщение?',
    notChanged: 'Сообщение не изменено.',
    pinnedMessages: 'Закреплённые сообщения',
    showInConversation: 'Показать в диалоге',
    client: 'Клиент',
    bot: 'Бот',
    deleted: 'Сообщение удалено',
  },
});
