import { defineMessages, plural } from '../../i18n/messages.ts';

// The Audience's CSV import and export: the panel, a job's progress and the recent jobs.
export const jobsMessages = defineMessages({
  en: {
    title: 'Import and export',
    forbidden: 'Importing and exporting clients is for managers, admins and owners.',
    import: {
      title: 'Import a CSV',
      // The column names are the CSV's headers: they stay as the file must spell them.
      hint: 'Columns by header: name, phone, email, country, tags, lists (several split by |), owner (an e-mail), utm_source, utm_campaign, and any client variable’s key. Comma or semicolon separated, UTF-8. Clients with a known phone or e-mail are updated.',
      choose: 'Choose a CSV file…',
      start: 'Upload and import',
      uploading: 'Uploading',
      failed: 'The import did not start.',
      uploadFailed: (status: number) => `Upload failed (${status}).`,
      unreachable: 'Upload failed: the server is unreachable.',
    },
    export: {
      title: 'Export to CSV',
      // The hint reads: before + <b>section</b> + matching (with a search or filter) + " (count)" + after.
      before: 'The clients of ',
      matching: ' that match the search and filter',
      after: ', with their tags, lists, owner and variables.',
      start: (count: number | null) => (count === null ? 'Export clients' : plural('en', count, { one: 'Export # client', other: 'Export # clients' })),
      failed: 'The export did not start.',
    },
    recent: {
      title: 'Recent',
      IMPORT: 'Import',
      EXPORT: 'Export',
      download: 'Download',
      imported: (created: string, updated: string, skipped: string) => `${created} new, ${updated} updated, ${skipped} skipped`,
      exported: (count: number) => plural('en', count, { one: '# client', other: '# clients' }),
    },
    status: { QUEUED: 'Queued', RUNNING: 'Running', DONE: 'Done', FAILED: 'Failed' },
    summary: {
      created: 'created',
      updated: 'updated',
      skipped: (count: number) => plural('en', count, { one: 'row skipped', other: 'rows skipped' }),
    },
    line: (row: number) => `Line ${row}`,
    failed: 'The job failed.',
    download: (name: string) => `⬇ Download ${name}`,
  },
  ru: {
    title: 'Импорт и экспорт',
    forbidden: 'Импорт и экспорт клиентов доступны менеджерам, администраторам и владельцам.',
    import: {
      title: 'Импорт из CSV',
      hint: 'Столбцы по заголовкам: name (имя), phone (телефон), email, country (страна), tags (теги), lists (списки; несколько — через |), owner (эл. почта ответственного), utm_source, utm_campaign и ключ любой переменной клиента. Разделитель — запятая или точка с запятой, кодировка UTF-8. Клиенты с уже известным телефоном или эл. почтой обновляются.',
      choose: 'Выберите CSV-файл…',
      start: 'Загрузить и импортировать',
      uploading: 'Загрузка',
      failed: 'Импорт не запустился.',
      uploadFailed: (status: number) => `Не удалось загрузить файл (${status}).`,
      unreachable: 'Не удалось загрузить файл: сервер недоступен.',
    },
    export: {
      title: 'Экспорт в CSV',
      before: 'Клиенты раздела ',
      matching: ', подходящие под поиск и фильтр',
      after: ', с тегами, списками, ответственным и переменными.',
      start: (count: number | null) =>
        count === null ? 'Экспортировать клиентов' : plural('ru', count, { one: 'Экспортировать # клиента', many: 'Экспортировать # клиентов', other: 'Экспортировать # клиентов' }),
      failed: 'Экспорт не запустился.',
    },
    recent: {
      title: 'Недавние',
      IMPORT: 'Импорт',
      EXPORT: 'Экспорт',
      download: 'Скачать',
      imported: (created: string, updated: string, skipped: string) => `новых: ${created}, обновлено: ${updated}, пропущено: ${skipped}`,
      exported: (count: number) => plural('ru', count, { one: '# клиент', few: '# клиента', many: '# клиентов', other: '# клиента' }),
    },
    status: { QUEUED: 'В очереди', RUNNING: 'Выполняется', DONE: 'Готово', FAILED: 'Ошибка' },
    summary: {
      created: 'создано',
      updated: 'обновлено',
      skipped: (count: number) => plural('ru', count, { one: 'строка пропущена', few: 'строки пропущено', many: 'строк пропущено', other: 'строки пропущено' }),
    },
    line: (row: number) => `Строка ${row}`,
    failed: 'Задача завершилась ошибкой.',
    download: (name: string) => `⬇ Скачать ${name}`,
  },
});
