import { defineMessages } from '../../../i18n/messages.ts';

// The client card's media: every file exchanged with the client.
export const mediaMessages = defineMessages({
  en: {
    title: 'Media and files',
    refresh: 'Refresh',
    refreshLabel: 'Refresh the files',
    kinds: { label: 'Kind of file', ALL: 'All', IMAGE: 'Photos', VIDEO: 'Video', AUDIO: 'Voice', DOCUMENT: 'Files' },
    none: 'No files yet',
    download: 'Download',
    downloadLabel: (name: string) => `Download ${name}`,
    more: 'Show more',
    failed: 'Could not load the files.',
  },
  ru: {
    title: 'Медиа и файлы',
    refresh: 'Обновить',
    refreshLabel: 'Обновить список файлов',
    kinds: { label: 'Тип файла', ALL: 'Все', IMAGE: 'Фото', VIDEO: 'Видео', AUDIO: 'Голосовые', DOCUMENT: 'Файлы' },
    none: 'Файлов пока нет',
    download: 'Скачать',
    downloadLabel: (name: string) => `Скачать ${name}`,
    more: 'Показать ещё',
    failed: 'Не удалось загрузить файлы.',
  },
});
