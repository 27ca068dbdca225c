// The Audience and the client card in Russian, in a real Chromium at 1440 px: the header's language select
// switches the app live; headings, the filter, the bulk bar's plural count, the import/export panel, the card's
// sections, the task form and dates read Russian, nothing is clipped, and English comes back without a reload.
// E2E_SCREENSHOTS=<folder> keeps a screenshot of each view in each language there.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/harness.ts';
import { buildWebIfStale } from '../../api/src/web-build.ts';
import { chooseLanguage as chooseInMenu } from './browser-harness.ts';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  await buildWebIfStale();
  api = await startTestApi();
  await api.seed({ clients: 20 });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

// A desktop window, the width the layout is checked at.
const login = async (email: string, password: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(api.url);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // Gone after a reload: the language must switch in place.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  return page;
};

const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

// The operator's language is kept on the server: wait for it, so the next step does not race the mutation.
const chooseLanguage = async (page: Page, email: string, password: string, language: 'en' | 'ru') => {
  await chooseInMenu(page, language);
  const auth = await api.login(email, password);
  await expect
    .poll(async () => (await api.gql<{ me: { operator: { locale: string | null } } }>('{ me { operator { locale } } }', {}, auth)).data?.me.operator.locale, { timeout: 10_000 })
    .toBe(language.toUpperCase());
};

const screenshot = async (page: Page, name: string) => {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
};

/** Texts of the visible elements under `selector` whose content is wider than their box (clipped or overflowing). */
const overflowing = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => element instanceof HTMLElement && element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.textContent?.trim() ?? ''),
  );

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

const MANAGER = ['manager@demo.test', 'demo-manager'] as const;
const OPERATOR = ['anna@demo.test', 'demo-operator'] as const;

it('shows the Audience in Russian from the header’s language select — filter, bulk bar, import and export — then English again without a reload', async () => {
  const page = await login(...MANAGER);
  await chooseLanguage(page, ...MANAGER, 'ru');
  expect(await page.getByTestId('nav-audience').textContent()).toBe('Аудитория');
  await page.getByTestId('nav-audience').click();
  const rows = page.getByTestId('audience-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(5);

  // Headings, tabs, columns, the total as a Russian plural.
  expect(await page.locator('.audience-title').textContent()).toBe('Аудитория');
  expect(await page.title()).toMatch(/^Аудитория · /);
  await expect.poll(() => page.getByTestId('audience-total').textContent(), { timeout: 10_000 }).toMatch(/^\d+ клиент(а|ов)?$/);
  expect(await page.getByTestId('audience-section-active').textContent()).toMatch(/^Активные\d+$/);
  expect(await page.getByTestId('audience-section-deleted').textContent()).toMatch(/^Удалённые\d+$/);
  expect(await texts(page, '.audience-table th')).toEqual(['', 'Клиент', 'Телефон', 'Эл. почта', 'Теги и списки', 'Ответственный', 'Активность', 'Создан']);
  expect(await page.getByTestId('audience-search').getAttribute('placeholder')).toBe('Поиск по имени, телефону, эл. почте или тегу');
  expect(await page.getByTestId('jobs-toggle').textContent()).toBe('⇅ Импорт / экспорт');

  // The bulk bar counts with one, few and many.
  const check = (index: number) => rows.nth(index).getByTestId('audience-row-check').check();
  await check(0);
  expect(await page.getByTestId('bulk-count').textContent()).toBe('1 клиент выбран');
  await check(1);
  await check(2);
  expect(await page.getByTestId('bulk-count').textContent()).toBe('3 клиента выбрано');
  await check(3);
  await check(4);
  expect(await page.getByTestId('bulk-count').textContent()).toBe('5 клиентов выбрано');
  expect(await page.getByTestId('bulk-archive').textContent()).toBe('В архив');
  expect(await page.getByTestId('bulk-tags').textContent()).toBe('Теги ▾');
  await page.getByTestId('bulk-delete').click();
  expect(await page.getByTestId('confirm-dialog').locator('h2').textContent()).toBe('Удалить 5 клиентов?');
  expect(await page.getByTestId('confirm-cancel').textContent()).toBe('Отмена');
  await screenshot(page, 'audience-confirm-ru');
  await page.getByTestId('confirm-cancel').click();
  await page.getByTestId('bulk-tags').click();
  expect(await page.getByTestId('label-search').getAttribute('placeholder')).toBe('Найти или создать тег');
  await screenshot(page, 'audience-tags-ru');
  await page.getByTestId('bulk-tags').click();
  expect(await overflowing(page, '.audience-head button, .audience-head .section-tab, .audience-table th, .bulk-bar button, .bulk-bar .bulk-count')).toEqual([]);
  await screenshot(page, 'audience-ru');

  // The inbox's condition builder, in Russian.
  await page.getByTestId('filter-toggle').click();
  await page.getByTestId('filter-add').click();
  const popover = page.getByTestId('filter-popover');
  expect(await popover.getByTestId('filter-field').locator('option').allTextContents()).toEqual([
    'Есть телефон',
    'Есть эл. почта',
    'Есть непрочитанные',
    'Назначенный оператор',
    'Канал',
    'Мессенджер',
    'Дата создания',
    'Последняя активность',
    'Теги',
    'Списки',
    'Ответственный',
    'Воронка',
    'Этап воронки',
    'Статус бота',
    'Переменная',
  ]);
  await popover.getByTestId('filter-field').selectOption('CHANNEL_KIND');
  expect(await popover.getByTestId('filter-choices').textContent()).toContain('Веб-чат');
  expect(await popover.getByTestId('filter-match').locator('option').allTextContents()).toEqual(['все условия', 'любое условие']);
  expect(await overflowing(page, '[data-testid="filter-popover"] button, [data-testid="filter-popover"] label')).toEqual([]);
  await screenshot(page, 'audience-filter-ru');
  await popover.getByTestId('filter-field').selectOption('HAS_PHONE');
  expect(await popover.getByTestId('filter-apply').textContent()).toBe('Применить');
  await popover.getByTestId('filter-apply').click();
  await expect.poll(() => page.getByTestId('filter-chip').textContent(), { timeout: 10_000 }).toBe('1 условие · все✕');
  // The tab's count follows the filter.
  const activeCount = () => page.getByTestId('audience-section-active').getByTestId('audience-section-count').textContent();
  await expect.poll(async () => (await activeCount()) === String(await rows.count()) && (await rows.count()) < 20, { timeout: 10_000 }).toBe(true);

  // A client's details beside the table: the card's CRM sections, narrower.
  await rows.first().click();
  const details = page.getByTestId('client-details');
  await expect.poll(() => details.getByTestId('crm-sections').count(), { timeout: 10_000 }).toBe(1);
  expect(await details.locator('.audience-side-title').textContent()).toBe('Клиент');
  expect(await details.textContent()).toMatch(/Клиент с \d{1,2} \S+ \d{4} г\., \d{2}:\d{2} · активность /);
  expect(await overflowing(page, '[data-testid="client-details"] button, [data-testid="client-details"] h3, [data-testid="client-details"] dt')).toEqual([]);
  await screenshot(page, 'audience-details-ru');

  // Import and export: the panel, and an import's progress and refused row.
  await page.getByTestId('jobs-toggle').click();
  const panel = page.getByTestId('jobs-panel');
  expect(await panel.locator('.audience-side-title').textContent()).toBe('Импорт и экспорт');
  expect(await panel.locator('h3').allTextContents()).toEqual(expect.arrayContaining(['Импорт из CSV', 'Экспорт в CSV']));
  expect(await page.getByTestId('export-start').textContent()).toMatch(/^Экспортировать \d+ клиент(а|ов)$/);
  expect(await panel.textContent()).toContain('Клиенты раздела Активные, подходящие под поиск и фильтр');
  const csv = ['name;phone', 'Импорт Иван;+7 901 000-00-11', 'Плохой телефон;позвоните мне'].join('\r\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'клиенты.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-start').click();
  const job = page.getByTestId('job-import');
  await expect.poll(() => job.getAttribute('data-status'), { timeout: 30_000 }).toBe('DONE');
  expect(await job.getByTestId('job-status').textContent()).toBe('Готово');
  expect(await job.getByTestId('job-summary').textContent()).toBe('1 создано0 обновлено1 строка пропущена');
  expect(await job.getByTestId('job-error').allTextContents()).toEqual([expect.stringMatching(/^Строка 3 /)]);
  expect(await overflowing(page, '[data-testid="jobs-panel"] button, [data-testid="jobs-panel"] h3, [data-testid="jobs-panel"] .job-status')).toEqual([]);
  await screenshot(page, 'audience-jobs-ru');

  // English again, in place.
  await chooseLanguage(page, ...MANAGER, 'en');
  expect(await page.locator('.audience-title').textContent()).toBe('Audience');
  expect(await page.getByTestId('nav-audience').textContent()).toBe('Audience');
  expect(await panel.locator('.audience-side-title').textContent()).toBe('Import and export');
  expect(await job.getByTestId('job-summary').textContent()).toBe('1 created0 updated1 row skipped');
  expect(await page.getByTestId('filter-chip').textContent()).toBe('1 condition · all✕');
  expect(await page.getByTestId('audience-section-active').textContent()).toMatch(/^Active\d+$/);
  expect(await texts(page, '.audience-table th')).toContain('Last activity');
  expect(await page.title()).toMatch(/^Audience · /);
  expect(await sameDocument(page)).toBe(true);
  await screenshot(page, 'audience-jobs-en');
  await page.close();
}, 120_000);

it('shows the client card in Russian — sections, the task form, dates — then English again without a reload', async () => {
  const page = await login(...OPERATOR);
  await chooseLanguage(page, ...OPERATOR, 'ru');
  await page.getByTestId('chat-row').first().click();
  const card = page.getByTestId('client-card');
  await expect.poll(() => card.getByTestId('crm-sections').count(), { timeout: 10_000 }).toBe(1);

  const headings = await card.locator('h3').allTextContents();
  for (const heading of ['Контакты', 'Профиль', 'Теги', 'Списки', 'Заметки', 'История', 'Клиент', 'Автоматизация', 'Каналы', 'Медиа и файлы', 'Диалог']) {
    expect(headings.map((text) => text.replace(/(Изменить|Настроить|↻)$/, ''))).toContain(heading);
  }
  expect(headings.some((text) => text.startsWith('Задачи'))).toBe(true);
  expect(await card.getByTestId('owner-select').locator('option').first().textContent()).toBe('Не назначен');
  expect(await card.getByTestId('note-input').getAttribute('placeholder')).toBe('Заметка для команды…');
  expect(await card.getByTestId('media-tab').allTextContents()).toEqual(['Все', 'Фото', 'Видео', 'Голосовые', 'Файлы']);
  // Dates in Russian, in the project's time zone: «6 дек. 2026 г., 14:05».
  const contact = await card.locator('.card-section').first().textContent();
  expect(contact).toMatch(/Создан\d{1,2} (янв\.|февр\.|мар\.|апр\.|мая|июн\.|июл\.|авг\.|сент\.|окт\.|нояб\.|дек\.) \d{4} г\., \d{2}:\d{2}/);

  // The task form, and the task it adds.
  expect(await card.getByTestId('task-add').textContent()).toBe('+ Добавить');
  await card.getByTestId('task-add').click();
  expect(await card.getByTestId('task-title').getAttribute('placeholder')).toBe('Что нужно сделать?');
  expect(await card.getByTestId('task-priority').locator('option').allTextContents()).toEqual(['Низкий', 'Обычный', 'Высокий', 'Срочный']);
  expect(await card.getByTestId('task-assignee').locator('option').first().textContent()).toBe('Любой');
  expect(await card.getByTestId('task-form').locator('label > span').allTextContents()).toEqual(['Приоритет', 'Срок', 'Исполнитель']);
  expect(await overflowing(page, '[data-testid="task-form"] label, [data-testid="task-form"] button')).toEqual([]);
  await screenshot(page, 'card-task-form-ru');
  await card.getByTestId('task-title').fill('Перезвонить насчёт шарфа');
  await card.getByTestId('task-priority').selectOption('URGENT');
  await card.getByTestId('task-due').fill('2020-01-01T10:00');
  await card.getByTestId('task-save').click();
  const task = card.getByTestId('task-row').filter({ hasText: 'Перезвонить насчёт шарфа' });
  await expect.poll(() => task.count(), { timeout: 10_000 }).toBe(1);
  expect(await task.getByTestId('task-priority-chip').textContent()).toBe('Срочный');
  expect(await task.getByTestId('task-due-text').textContent()).toMatch(/^Просрочена · 1 янв\. 2020 г\., \d{2}:\d{2}$/);
  expect(await card.getByTestId('task-show-completed').locator('..').textContent()).toBe('Показать выполненные');
  expect(await overflowing(page, '[data-testid="client-card"] button, [data-testid="client-card"] h3, [data-testid="client-card"] dt')).toEqual([]);
  await screenshot(page, 'card-ru');
  await card.evaluate((element) => element.scrollTo(0, 0));
  await screenshot(page, 'card-top-ru');
  await card.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await screenshot(page, 'card-bottom-ru');

  // English again, in place.
  await chooseLanguage(page, ...OPERATOR, 'en');
  expect(await card.locator('h3').allTextContents()).toEqual(expect.arrayContaining(['Contact', 'Notes', 'History', 'Automation']));
  expect(await task.getByTestId('task-due-text').textContent()).toMatch(/^Overdue · Jan 1, 2020, \d{1,2}:\d{2}/);
  expect(await task.getByTestId('task-priority-chip').textContent()).toBe('Urgent');
  expect(await card.getByTestId('task-add').textContent()).toBe('+ Add');
  expect(await sameDocument(page)).toBe(true);
  await card.evaluate((element) => element.scrollTo(0, 0));
  await screenshot(page, 'card-en');
  await page.close();
}, 120_000);
