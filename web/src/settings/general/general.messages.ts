import { defineMessages } from '../../i18n/messages.ts';

// Settings → General: the project's name, time zone and automatic closing.
export const generalMessages = defineMessages({
  en: {
    name: 'Project name',
    timeZone: 'Time zone (IANA, e.g. Europe/Moscow)',
    autoClose: 'Close conversations quiet for (hours; empty: never)',
    saved: 'Saved.',
  },
  ru: {
    name: 'Название проекта',
    timeZone: 'Часовой пояс (IANA, например Europe/Moscow)',
    autoClose: 'Закрывать диалоги без активности через (часов; пусто — никогда)',
    saved: 'Сохранено.',
  },
});
