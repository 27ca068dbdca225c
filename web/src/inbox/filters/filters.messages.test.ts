import { expect, it } from 'vitest';
import { FIELDS, VARIABLE_OPS } from './filter-model.ts';
import { filtersMessages } from './filters.messages.ts';

it('counts conditions with the language’s plural forms', () => {
  const counts = [1, 2, 5, 11, 21, 22];
  expect(counts.map((n) => filtersMessages.ru.chip.conditions(n))).toEqual(['1 условие', '2 условия', '5 условий', '11 условий', '21 условие', '22 условия']);
  expect(counts.slice(0, 2).map((n) => filtersMessages.en.chip.conditions(n))).toEqual(['1 condition', '2 conditions']);
});

it('names every field the builder offers (each its own name) and every comparison, in both languages', () => {
  for (const language of ['en', 'ru'] as const) {
    const catalogue = filtersMessages[language];
    expect(FIELDS.map((field) => catalogue.fields[field]).every(Boolean)).toBe(true);
    expect(new Set(FIELDS.map((field) => catalogue.fields[field])).size).toBe(FIELDS.length);
    for (const ops of Object.values(VARIABLE_OPS)) expect(ops.every(({ label }) => catalogue.variableOps[label])).toBe(true);
  }
});
