import { defineMessages } from '../../i18n/messages.ts';

// Settings → Message deletion: which roles may delete messages in conversations.
export const messageDeletionMessages = defineMessages({
  en: {
    title: 'Message deletion',
    lead: 'Who may delete messages in conversations. A sent message is deleted on the messenger too, within its limits (web chat: 48 hours); after that, or for a client’s message, only here. API tokens never may.',
    roles: 'Roles that may delete messages',
    nobody: 'Nobody may delete messages now.',
    saved: 'Saved.',
  },
  ru: {
    title: 'Удаление сообщений',
    lead: 'Кто может удалять сообщения в диалогах. Отправленное сообщение удаляется и в мессенджере, пока он это позволяет (в веб-чате — в течение 48 часов); позже, как и сообщения клиента, оно удаляется только здесь. API-токенам удалять сообщения нельзя.',
    roles: 'Роли, которым можно удалять сообщения',
    nobody: 'Сейчас удалять сообщения не может никто.',
    saved: 'Сохранено.',
  },
});
