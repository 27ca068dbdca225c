import { defineMessages, plural } from '../../i18n/messages.ts';

// The header's bell and its list.
export const notificationMessages = defineMessages({
  en: {
    title: 'Notifications',
    bell: (unread: number) => `Notifications, ${plural('en', unread, { one: '# unread', other: '# unread' })}`,
    markAllRead: 'Mark all read',
    empty: 'Nothing yet. Mentions of you and your tasks falling due appear here.',
    taskDue: (title: string, client: string) => `Task due: “${title}” · ${client}`,
    taskGone: 'A task of yours fell due (since deleted)',
    mentioned: (actor: string, client: string) => `${actor} mentioned you · ${client}`,
    webhookDisabled: (url: string) => `A webhook was disabled after persistent failures: ${url}`,
    webhookGone: 'A webhook was disabled after persistent failures (since deleted)',
    someone: 'Someone',
    notLoaded: 'Could not load notifications.',
  },
  ru: {
    title: 'Уведомления',
    bell: (unread: number) => `Уведомления, ${plural('ru', unread, { one: '# непрочитанное', few: '# непрочитанных', many: '# непрочитанных', other: '# непрочитанного' })}`,
    markAllRead: 'Прочитать все',
    empty: 'Пока ничего. Здесь появятся упоминания вас и ваши задачи, у которых наступил срок.',
    taskDue: (title: string, client: string) => `Срок задачи: «${title}» · ${client}`,
    taskGone: 'Наступил срок вашей задачи (она уже удалена)',
    mentioned: (actor: string, client: string) => `${actor} упомянул(а) вас · ${client}`,
    webhookDisabled: (url: string) => `Вебхук выключен после постоянных ошибок: ${url}`,
    webhookGone: 'Вебхук выключен после постоянных ошибок (уже удалён)',
    someone: 'Кто-то',
    notLoaded: 'Не удалось загрузить уведомления.',
  },
});
