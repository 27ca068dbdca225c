import { defineMessages, plural } from '../../i18n/messages.ts';

const clientsEn = (count: number) => plural('en', count, { one: '# client', other: '# clients' });
// Russian counts take the case of their place in the sentence: «3 клиента» (who), «3 клиентам» (to whom), «у 3 клиентов».
const clientsRu = (count: number) => plural('ru', count, { one: '# клиент', few: '# клиента', many: '# клиентов', other: '# клиента' });
const clientsRuTo = (count: number) => plural('ru', count, { one: '# клиенту', other: '# клиентам' });
const clientsRuOf = (count: number) => plural('ru', count, { one: '# клиента', other: '# клиентов' });

// The Audience's bulk actions on the chosen rows: the bar, its pickers, the questions and the outcomes.
export const bulkMessages = defineMessages({
  en: {
    toolbar: 'Actions on the chosen clients',
    selected: (count: number) => plural('en', count, { one: '# client selected', other: '# clients selected' }),
    clear: 'Clear',
    tags: 'Tags',
    lists: 'Lists',
    owner: { button: 'Owner', label: 'Set the owner', nobody: 'Nobody (clear the owner)' },
    process: { button: 'Process', label: 'Start a business process for them', none: 'No published process yet.', started: 'Started for {{ started }} of {{ chosen }} (the others are in it already, blocked or deleted).', failed: 'The process did not start.' },
    archive: 'Archive',
    unarchive: 'Unarchive',
    block: 'Block',
    unblock: 'Unblock',
    restore: 'Restore',
    confirmBlock: {
      title: (count: number) => `Block ${clientsEn(count)}?`,
      message: 'Their messages are still kept, but raise nothing in the inbox, and nothing is sent to them.',
    },
    confirmDelete: {
      title: (count: number) => `Delete ${clientsEn(count)}?`,
      message: 'They and their conversations disappear from the inbox. They stay restorable from the Deleted section until purged.',
    },
    working: 'Working',
    dismiss: 'Dismiss',
    done: {
      ARCHIVE: (count: number) => `Archived ${clientsEn(count)}.`,
      UNARCHIVE: (count: number) => `Unarchived ${clientsEn(count)}.`,
      BLOCK: (count: number) => `Blocked ${clientsEn(count)}.`,
      UNBLOCK: (count: number) => `Unblocked ${clientsEn(count)}.`,
      DELETE: (count: number) => `Deleted ${clientsEn(count)}.`,
      RESTORE: (count: number) => `Restored ${clientsEn(count)}.`,
      SET_OWNER: (count: number) => `Set the owner of ${clientsEn(count)}.`,
    },
    added: (label: string, count: number) => `Added “${label}” to ${clientsEn(count)}.`,
    removed: (label: string, count: number) => `Removed “${label}” from ${clientsEn(count)}.`,
    partly: (error: string, count: number) => `${error} (${clientsEn(count)} were changed before that.)`,
    failed: 'The action failed.',
    labelFailed: 'The label was not created.',
    picker: {
      mode: 'Add or remove',
      add: 'Add',
      remove: 'Remove',
      TAG: {
        find: 'Find a tag',
        findOrCreate: 'Find or create a tag',
        noMatch: 'No tag matches',
        none: 'No tags yet',
        create: (name: string) => `+ Create tag “${name}”`,
      },
      LIST: {
        find: 'Find a list',
        findOrCreate: 'Find or create a list',
        noMatch: 'No list matches',
        none: 'No lists yet',
        create: (name: string) => `+ Create list “${name}”`,
      },
    },
  },
  ru: {
    toolbar: 'Действия с выбранными клиентами',
    selected: (count: number) => plural('ru', count, { one: '# клиент выбран', few: '# клиента выбрано', many: '# клиентов выбрано', other: '# клиента выбрано' }),
    clear: 'Снять выбор',
    tags: 'Теги',
    lists: 'Списки',
    owner: { button: 'Ответственный', label: 'Назначить ответственного', nobody: 'Никто (снять ответственного)' },
    process: { button: 'Процесс', label: 'Запустить для них бизнес-процесс', none: 'Опубликованных процессов пока нет.', started: 'Запущен для {{ started }} из {{ chosen }} (остальные уже в нём, заблокированы или удалены).', failed: 'Процесс не запустился.' },
    archive: 'В архив',
    unarchive: 'Из архива',
    block: 'Заблокировать',
    unblock: 'Разблокировать',
    restore: 'Восстановить',
    confirmBlock: {
      title: (count: number) => `Заблокировать ${clientsRuOf(count)}?`,
      message: 'Их сообщения сохранятся, но не будут появляться во входящих, и им ничего не будет отправляться.',
    },
    confirmDelete: {
      title: (count: number) => `Удалить ${clientsRuOf(count)}?`,
      message: 'Клиенты и их диалоги пропадут из входящих. До окончательного удаления их можно восстановить в разделе «Удалённые».',
    },
    working: 'Выполняется',
    dismiss: 'Закрыть',
    done: {
      ARCHIVE: (count: number) => `Перемещено в архив: ${clientsRu(count)}.`,
      UNARCHIVE: (count: number) => `Возвращено из архива: ${clientsRu(count)}.`,
      BLOCK: (count: number) => `Заблокировано: ${clientsRu(count)}.`,
      UNBLOCK: (count: number) => `Разблокировано: ${clientsRu(count)}.`,
      DELETE: (count: number) => `Удалено: ${clientsRu(count)}.`,
      RESTORE: (count: number) => `Восстановлено: ${clientsRu(count)}.`,
      SET_OWNER: (count: number) => `Ответственный изменён у ${clientsRuOf(count)}.`,
    },
    added: (label: string, count: number) => `«${label}» добавлен ${clientsRuTo(count)}.`,
    removed: (label: string, count: number) => `«${label}» снят с ${clientsRuOf(count)}.`,
    partly: (error: string, count: number) => `${error} (До этого изменено: ${clientsRu(count)}.)`,
    failed: 'Действие не выполнено.',
    labelFailed: 'Метка не создана.',
    picker: {
      mode: 'Добавить или убрать',
      add: 'Добавить',
      remove: 'Убрать',
      TAG: {
        find: 'Найти тег',
        findOrCreate: 'Найти или создать тег',
        noMatch: 'Такого тега нет',
        none: 'Тегов пока нет',
        create: (name: string) => `+ Создать тег «${name}»`,
      },
      LIST: {
        find: 'Найти список',
        findOrCreate: 'Найти или создать список',
        noMatch: 'Такого списка нет',
        none: 'Списков пока нет',
        create: (name: string) => `+ Создать список «${name}»`,
      },
    },
  },
});
