import { defineMessages, plural } from '../../i18n/messages.ts';

// Operators' statuses, the operator's own status select and the team popover.
export const presenceMessages = defineMessages({
  en: {
    status: { ONLINE: 'Online', AWAY: 'Away', OFFLINE: 'Offline' },
    yourStatus: 'Your status',
    onlyOnline: 'Only online operators get new conversations',
    dismiss: 'Dismiss',
    team: 'Team',
    teamOnline: (online: number) => `Team · ${plural('en', online, { other: '# online' })}`,
    noOperators: 'No operators yet.',
    you: '(you)',
    notLoaded: 'Could not load the team.',
    notChanged: 'Could not change the status.',
  },
  ru: {
    status: { ONLINE: 'В сети', AWAY: 'Отошёл', OFFLINE: 'Не в сети' },
    yourStatus: 'Ваш статус',
    onlyOnline: 'Новые диалоги получают только операторы в сети',
    dismiss: 'Скрыть',
    team: 'Команда',
    teamOnline: (online: number) => `Команда · ${plural('ru', online, { one: '# в сети', few: '# в сети', many: '# в сети', other: '# в сети' })}`,
    noOperators: 'Операторов пока нет.',
    you: '(вы)',
    notLoaded: 'Не удалось загрузить команду.',
    notChanged: 'Не удалось сменить статус.',
  },
});
