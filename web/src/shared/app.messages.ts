import { defineMessages } from '../i18n/messages.ts';

// The app's frame: its views, the connection state, the operator's menu, the sign-in page.
export const appMessages = defineMessages({
  en: {
    views: { label: 'Views', inbox: 'Inbox', audience: 'Audience', scheduled: 'Scheduled', processes: 'Processes', settings: 'Settings' },
    connection: { title: 'Live updates', connecting: 'Connecting…', connected: 'Live', reconnecting: 'Reconnecting…' },
    roles: { OWNER: 'Owner', ADMIN: 'Admin', MANAGER: 'Manager', OPERATOR: 'Operator' },
    readOnOpen: { label: 'Read on open', title: 'Mark conversations read when you open them' },
    language: { label: 'Language', EN: 'English', RU: 'Русский' },
    logout: 'Log out',
    login: {
      brand: 'Omni Inbox',
      title: 'Sign in',
      subtitle: 'Every messenger, one inbox.',
      email: 'E-mail',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      missing: 'Enter your e-mail and password.',
      unreachable: 'Cannot reach the server. Check your connection and try again.',
      failed: 'Sign-in failed.',
    },
  },
  ru: {
    views: { label: 'Разделы', inbox: 'Входящие', audience: 'Аудитория', scheduled: 'Запланированные', processes: 'Процессы', settings: 'Настройки' },
    connection: { title: 'Обновления в реальном времени', connecting: 'Подключение…', connected: 'Онлайн', reconnecting: 'Переподключение…' },
    roles: { OWNER: 'Владелец', ADMIN: 'Администратор', MANAGER: 'Менеджер', OPERATOR: 'Оператор' },
    readOnOpen: { label: 'Читать при открытии', title: 'Отмечать диалог прочитанным, когда вы его открываете' },
    language: { label: 'Язык', EN: 'English', RU: 'Русский' },
    logout: 'Выйти',
    login: {
      brand: 'Omni Inbox',
      title: 'Вход',
      subtitle: 'Все мессенджеры в одном окне.',
      email: 'Эл. почта',
      password: 'Пароль',
      submit: 'Войти',
      submitting: 'Входим…',
      missing: 'Введите эл. почту и пароль.',
      unreachable: 'Сервер недоступен. Проверьте подключение и попробуйте ещё раз.',
      failed: 'Войти не удалось.',
    },
  },
});
