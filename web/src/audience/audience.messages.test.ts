import { expect, it } from 'vitest';
import { audienceMessages } from './audience.messages.ts';
import { bulkMessages } from './bulk/bulk.messages.ts';
import { jobsMessages } from './jobs/jobs.messages.ts';

const counts = [1, 3, 5, 11, 21, 1000];

it('counts clients in Russian with one, few and many forms, numbers spaced the Russian way', () => {
  expect(counts.map((n) => audienceMessages.ru.clients(n))).toEqual(['1 клиент', '3 клиента', '5 клиентов', '11 клиентов', '21 клиент', '1\u00a0000 клиентов']);
  expect(counts.map((n) => bulkMessages.ru.selected(n))).toEqual([
    '1 клиент выбран',
    '3 клиента выбрано',
    '5 клиентов выбрано',
    '11 клиентов выбрано',
    '21 клиент выбран',
    '1\u00a0000 клиентов выбрано',
  ]);
});

it('puts a Russian count in the case its sentence asks for', () => {
  expect([1, 3].map((n) => bulkMessages.ru.confirmBlock.title(n))).toEqual(['Заблокировать 1 клиента?', 'Заблокировать 3 клиентов?']);
  expect([1, 2, 5].map((n) => bulkMessages.ru.added('Опт', n))).toEqual(['«Опт» добавлен 1 клиенту.', '«Опт» добавлен 2 клиентам.', '«Опт» добавлен 5 клиентам.']);
  expect([21, 2].map((n) => bulkMessages.ru.removed('Опт', n))).toEqual(['«Опт» снят с 21 клиента.', '«Опт» снят с 2 клиентов.']);
  expect([1, 4, 7].map((n) => jobsMessages.ru.summary.skipped(n))).toEqual(['строка пропущена', 'строки пропущено', 'строк пропущено']);
});

it('keeps the English the tests and users know', () => {
  expect([1, 2, 1000].map((n) => bulkMessages.en.selected(n))).toEqual(['1 client selected', '2 clients selected', '1,000 clients selected']);
  expect(bulkMessages.en.added('Wholesale', 2)).toBe('Added “Wholesale” to 2 clients.');
  expect(jobsMessages.en.export.start(null)).toBe('Export clients');
});
