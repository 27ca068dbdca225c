import { defineMessages } from '../../../i18n/messages.ts';

// The composer's attachments: attaching from the computer or the project's library, and the files waiting to go.
export const attachmentMessages = defineMessages({
  en: {
    attach: 'Attach',
    attachTitle: 'Attach files',
    library: 'Library',
    libraryTitle: 'Attach from the file library',
    uploading: 'Uploading…',
    remove: 'Remove {{ name }}',
    addFromLibrary: 'Add from the library',
    picker: {
      label: 'File library',
      title: 'File library',
      usage: '{{ count }} of {{ limit }}',
      add: '+ Add',
      close: 'Close the library',
      pick: 'Attach to the reply',
      removeTitle: 'Remove from the library',
      empty: 'The library is empty: add price lists, photos, manuals.',
    },
  },
  ru: {
    attach: 'Файл',
    attachTitle: 'Прикрепить файлы',
    library: 'Библиотека',
    libraryTitle: 'Прикрепить из библиотеки файлов',
    uploading: 'Загружаем…',
    remove: 'Убрать {{ name }}',
    addFromLibrary: 'Добавить из библиотеки',
    picker: {
      label: 'Библиотека файлов',
      title: 'Библиотека файлов',
      usage: '{{ count }} из {{ limit }}',
      add: '+ Добавить',
      close: 'Закрыть библиотеку',
      pick: 'Прикрепить к ответу',
      removeTitle: 'Удалить из библиотеки',
      empty: 'Библиотека пуста: добавьте прайс-листы, фото, инструкции.',
    },
  },
});
