import { defineMessages } from '../../i18n/messages.ts';

// Settings → Teams: each team is an inbox section of its own.
export const teamMessages = defineMessages({
  en: {
    none: 'No teams yet.',
    name: 'Team name',
    deleteWarning: 'Its conversations stay, without a team.',
    new: 'New team',
    newPlaceholder: 'Sales, Support…',
    create: 'Create team',
  },
  ru: {
    none: 'Команд пока нет.',
    name: 'Название команды',
    deleteWarning: 'Её диалоги останутся, без команды.',
    new: 'Новая команда',
    newPlaceholder: 'Продажи, Поддержка…',
    create: 'Создать команду',
  },
});
