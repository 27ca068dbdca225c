import { defineMessages } from '../../i18n/messages.ts';

// Settings → My account: the caller's own password.
export const accountMessages = defineMessages({
  en: {
    password: 'Password',
    current: 'Current password',
    new: 'New password (8 characters or more)',
    repeat: 'New password again',
    differ: 'The new passwords differ.',
    notChanged: 'The password was not changed.',
    changed: 'Password changed. Your other sessions were signed out.',
    change: 'Change password',
  },
  ru: {
    password: 'Пароль',
    current: 'Текущий пароль',
    new: 'Новый пароль (не короче 8 символов)',
    repeat: 'Новый пароль ещё раз',
    differ: 'Новые пароли не совпадают.',
    notChanged: 'Пароль не изменён.',
    changed: 'Пароль изменён. Другие ваши сеансы завершены.',
    change: 'Сменить пароль',
  },
});
