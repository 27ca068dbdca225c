import { defineMessages } from '../i18n/messages.ts';

// The settings' frame: the sections, and the words every section shares (confirmations, failures).
export const settingsMessages = defineMessages({
  en: {
    title: 'Settings',
    titleOf: 'Settings · {{ project }}',
    sections: {
      label: 'Settings sections',
      account: 'My account',
      general: 'General',
      'message-deletion': 'Message deletion',
      operators: 'Operators',
      teams: 'Teams',
      'quick-replies': 'Quick replies',
      funnels: 'Funnels',
      variables: 'Variables',
      channels: 'Channels',
      'api-tokens': 'API tokens',
    },
    keep: 'Keep',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…',
    delete: 'Delete',
    loading: 'Loading…',
    errors: {
      failed: 'The change failed.',
      loadFailed: 'Could not load the data.',
    },
  },
  ru: {
    title: 'Настройки',
    titleOf: 'Настройки · {{ project }}',
    sections: {
      label: 'Разделы настроек',
      account: 'Мой аккаунт',
      general: 'Основные',
      'message-deletion': 'Удаление сообщений',
      operators: 'Операторы',
      teams: 'Команды',
      'quick-replies': 'Быстрые ответы',
      funnels: 'Воронки',
      variables: 'Переменные',
      channels: 'Каналы',
      'api-tokens': 'API-токены',
    },
    keep: 'Отмена',
    cancel: 'Отмена',
    save: 'Сохранить',
    saving: 'Сохраняем…',
    delete: 'Удалить',
    loading: 'Загрузка…',
    errors: {
      failed: 'Не удалось сохранить изменения.',
      loadFailed: 'Не удалось загрузить данные.',
    },
  },
});
