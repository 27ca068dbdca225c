import { defineMessages } from '../../i18n/messages.ts';

// Internal notes: in the timeline, pinned above it, and the @mention picker.
export const commentMessages = defineMessages({
  en: {
    label: (author: string) => `Note · ${author}`,
    deleted: 'This note was deleted.',
    confirmDelete: 'Delete this note?',
    notSaved: 'The note was not saved.',
    pinnedNotes: 'Pinned notes',
    showInConversation: 'Show in the conversation',
    mention: 'Mention an operator',
  },
  ru: {
    label: (author: string) => `Заметка · ${author}`,
    deleted: 'Заметка удалена.',
    confirmDelete: 'Удалить заметку?',
    notSaved: 'Заметка не сохранена.',
    pinnedNotes: 'Закреплённые заметки',
    showInConversation: 'Показать в диалоге',
    mention: 'Упомянуть оператора',
  },
});
