import { defineMessages } from '../../i18n/messages.ts';

// Settings → API tokens, for third-party developers.
export const apiTokenMessages = defineMessages({
  en: {
    hintBefore: 'Third-party apps call',
    hintMiddle: '(and its subscriptions) with',
    hintAfter: "; they act as the project's bot.",
    copyNow: 'Copy the token now: it is not shown again.',
    name: 'Name',
    created: 'Created',
    none: 'No tokens yet.',
    revoke: 'Revoke',
    revokeWarning: 'Apps using it stop working at once.',
    new: 'New token',
    newPlaceholder: 'CRM sync',
    create: 'Create token',
  },
  ru: {
    hintBefore: 'Сторонние приложения обращаются к',
    hintMiddle: '(и его подпискам) с заголовком',
    hintAfter: '; они действуют как бот проекта.',
    copyNow: 'Скопируйте токен сейчас: больше он показан не будет.',
    name: 'Название',
    created: 'Создан',
    none: 'Токенов пока нет.',
    revoke: 'Отозвать',
    revokeWarning: 'Приложения, которые им пользуются, сразу перестанут работать.',
    new: 'Новый токен',
    newPlaceholder: 'Синхронизация с CRM',
    create: 'Создать токен',
  },
});
