// A history entry is worded by the web from its type and data, in the operator's language; the server's English
// summary stays for rows whose data lacks the names (written before it carried them).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientActivityType } from '../../generated/graphql.ts';
import { setLocale, setTimeZone, type Locale } from '../../i18n/locale.ts';
import { clientActivityText } from './client-activity-text.ts';

// setLocale marks the page's language; these tests have no page.
beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
  setTimeZone('UTC');
});
afterAll(() => setLocale('en'));

const SUMMARY = '(the server’s English)';
const text = (language: Locale, type: ClientActivityType, data: object | string) => {
  setLocale(language);
  return clientActivityText({ type, summary: SUMMARY, data: typeof data === 'string' ? data : JSON.stringify(data) });
};

// Every type, with the data its writer stores today, and its words in each language.
const cases: [ClientActivityType, object, string, string][] = [
  ['PROFILE_UPDATED', { name: { from: 'Ann', to: 'Anna' }, utmSource: { from: null, to: 'ads' } }, 'Profile updated: name, source', 'Профиль изменён: имя, источник'],
  ['OWNER_CHANGED', { from: null, to: 'op1', toName: 'Boris Operator', took: false, comment: null }, 'Owner set to Boris Operator', 'Ответственный: Boris Operator'],
  ['TAG_ADDED', { labelId: 'l1', name: 'VIP' }, 'Tag "VIP" added', 'Добавлен тег «VIP»'],
  ['TAG_REMOVED', { labelId: 'l1', name: 'VIP' }, 'Tag "VIP" removed', 'Снят тег «VIP»'],
  ['LIST_ADDED', { labelId: 'l2', name: 'Newsletter' }, 'List "Newsletter" added', 'Добавлен в список «Newsletter»'],
  ['LIST_REMOVED', { labelId: 'l2', name: 'Newsletter' }, 'List "Newsletter" removed', 'Убран из списка «Newsletter»'],
  [
    'VARIABLE_SET',
    { city: { name: 'City', from: null, to: 'Kazan' }, orders: { name: 'Orders', from: 1, to: 1200 }, sub: { name: 'Subscribed', from: null, to: true }, note: { name: 'Note', from: 'x', to: null } },
    'City: Kazan; Orders: 1,200; Subscribed: yes; Note: empty',
    'City: Kazan; Orders: 1\u00a0200; Subscribed: да; Note: пусто',
  ],
  ['DEAL_CREATED', { dealId: 'd1', title: 'Sofa', stageId: 's1', funnelName: 'Sales', stageName: 'New' }, 'Deal "Sofa" created in Sales: New', 'Сделка «Sofa» создана в воронке Sales: New'],
  ['DEAL_STAGE_CHANGED', { dealId: 'd1', title: 'Sofa', fromStageName: 'New', toStageName: 'Offer' }, 'Deal "Sofa": New → Offer', 'Сделка «Sofa»: New → Offer'],
  ['DEAL_WON', { dealId: 'd1', title: 'Sofa' }, 'Deal "Sofa" won', 'Сделка «Sofa» выиграна'],
  ['DEAL_LOST', { dealId: 'd1', title: 'Sofa' }, 'Deal "Sofa" lost', 'Сделка «Sofa» проиграна'],
  ['DEAL_REOPENED', { dealId: 'd1', title: 'Sofa' }, 'Deal "Sofa" reopened', 'Сделка «Sofa» открыта снова'],
  ['TASK_CREATED', { taskId: 't1', title: 'Call back' }, 'Task "Call back" created', 'Создана задача «Call back»'],
  ['TASK_COMPLETED', { taskId: 't1', title: 'Call back' }, 'Task "Call back" completed', 'Задача «Call back» выполнена'],
  ['ARCHIVED', {}, 'Client archived', 'Клиент в архиве'],
  ['UNARCHIVED', { byClient: false }, 'Client unarchived', 'Клиент возвращён из архива'],
  ['BLOCKED', {}, 'Client blocked (black list)', 'Клиент заблокирован (чёрный список)'],
  ['UNBLOCKED', {}, 'Client unblocked', 'Клиент разблокирован'],
  ['BOT_PAUSED', { hours: 3, until: '2026-01-01T13:00:00.000Z' }, 'Bot paused for 3 hours', 'Бот на паузе на 3 часа'],
  ['BOT_RESUMED', {}, 'Bot resumed', 'Бот снова отвечает'],
  ['DELETED', {}, 'Client deleted', 'Клиент удалён'],
  ['RESTORED', { byClient: true }, 'Client restored: they wrote again', 'Клиент восстановлен: он написал снова'],
  ['MERGED', { survivorId: 'c2', survivorName: 'Olga Petrova' }, 'Merged into Olga Petrova', 'Объединён с клиентом Olga Petrova'],
  ['IMPORTED', { line: 1234, updated: false }, 'Imported from CSV (line 1,234)', 'Импортирован из CSV (строка 1\u00a0234)'],
  ['PROCESS', { runId: 'r1', kind: 'ENTERED', blockId: 'b3', process: 'Onboarding', block: '3 Ask city' }, 'Onboarding: block 3 Ask city', 'Onboarding: блок 3 Ask city'],
];

describe('clientActivityText', () => {
  it('words every type from its data, in English and in Russian', () => {
    const schema = readFileSync(new URL('../../../../schema/client-activity.graphql', import.meta.url), 'utf8');
    const types = /enum ClientActivityType \{([^}]*)\}/.exec(schema)![1]!.match(/^\s+[A-Z_]+$/gm)!.map((line) => line.trim());
    expect(cases.map(([type]) => type).sort()).toEqual(types.sort());
    for (const [type, data, en, ru] of cases) {
      expect(text('en', type, data), `en ${type}`).toBe(en);
      expect(text('ru', type, data), `ru ${type}`).toBe(ru);
    }
  });

  it('follows each language’s plurals for a pause of the bot', () => {
    expect([1, 2, 5, 21, 720].map((hours) => text('ru', 'BOT_PAUSED', { hours }))).toEqual([
      'Бот на паузе на 1 час',
      'Бот на паузе на 2 часа',
      'Бот на паузе на 5 часов',
      'Бот на паузе на 21 час',
      'Бот на паузе на 720 часов',
    ]);
    expect([1, 720].map((hours) => text('en', 'BOT_PAUSED', { hours }))).toEqual(['Bot paused for 1 hour', 'Bot paused for 720 hours']);
  });

  it('words the other variants of a type: who owns, why, which side of a merge, an update by import', () => {
    expect(text('ru', 'OWNER_CHANGED', { from: null, to: 'op1', toName: 'Анна', took: true, comment: 'мой клиент' })).toBe('Анна взял(а) клиента: мой клиент');
    expect(text('en', 'OWNER_CHANGED', { from: 'op1', to: null, toName: null, took: false, comment: null })).toBe('Owner cleared');
    expect(text('ru', 'UNARCHIVED', { byClient: true })).toBe('Клиент возвращён из архива: он написал снова');
    expect(text('ru', 'RESTORED', { byClient: false })).toBe('Клиент восстановлен');
    expect(text('ru', 'MERGED', { mergedId: 'c1', mergedName: 'Olga' })).toBe('Olga: объединён с этим клиентом');
    expect(text('ru', 'IMPORTED', { line: 3, updated: true })).toBe('Обновлён импортом CSV (строка 3)');
    expect(text('ru', 'DEAL_STAGE_CHANGED', { title: 'Диван', fromStageName: 'Новая', toStageName: 'КП', stageDeleted: true })).toBe('Сделка «Диван»: Новая → КП (этап удалён)');
  });

  it('words each step of a business process', () => {
    const step = (data: object) => text('ru', 'PROCESS', { runId: 'r1', process: 'Анкета', ...data });
    expect(step({ kind: 'ANSWER_STORED', variable: 'city', value: 'Казань' })).toBe('Анкета: ответ сохранён в #{city}: Казань');
    expect(step({ kind: 'ANSWER_STORED', variable: null, value: 'да' })).toBe('Анкета: ответ сохранён: да');
    expect(step({ kind: 'HANDOFF', block: '4' })).toBe('Анкета: передан оператору на блоке 4');
    expect(step({ kind: 'PAUSED', command: 'MANUAL', target: null })).toBe('Анкета: переведён в ручной режим');
    expect(step({ kind: 'RESUMED', command: 'AUTO', target: '2 Вопрос' })).toBe('Анкета: возвращён в автоматический режим на блоке 2 Вопрос');
    expect(step({ kind: 'MOVED', command: 'MOVE', target: '5' })).toBe('Анкета: перемещён на блок 5');
    expect(step({ kind: 'ENDED', command: 'STOP', target: null })).toBe('Анкета: остановлен');
    expect(step({ kind: 'RESCHEDULED', block: '6', until: '2026-03-01T09:30:00.000Z', early: false })).toBe('Анкета: задержка на блоке 6 перенесена на 1 мар. 2026 г., 09:30');
    expect(step({ kind: 'RESCHEDULED', block: '6', until: '2026-03-01T09:30:00.000Z', early: true })).toBe('Анкета: задержка на блоке 6 завершена досрочно');
    expect(step({ kind: 'ENDED', status: 'FINISHED', byOperator: false, detail: null })).toBe('Анкета: завершён');
    expect(step({ kind: 'ENDED', status: 'STOPPED', byOperator: true, detail: null })).toBe('Анкета: остановлен оператором');
    expect(step({ kind: 'ERROR', status: 'FAILED', byOperator: false, detail: 'HTTP 500' })).toBe('Анкета: ошибка: HTTP 500');
  });

  it('keeps the server’s summary for rows whose data lacks the names, and for types it does not know', () => {
    for (const [type] of cases.filter(([type]) => !['ARCHIVED', 'BLOCKED', 'UNBLOCKED', 'BOT_RESUMED', 'DELETED', 'PROFILE_UPDATED', 'OWNER_CHANGED'].includes(type))) {
      expect(text('ru', type, {}), type).toBe(SUMMARY);
    }
    expect(text('ru', 'VARIABLE_SET', { city: { from: null, to: 'Kazan' } })).toBe(SUMMARY);
    expect(text('ru', 'OWNER_CHANGED', { from: null, to: 'op1', comment: null })).toBe(SUMMARY);
    expect(text('ru', 'PROCESS', { runId: 'r1', kind: 'ENTERED', blockId: 'b1' })).toBe(SUMMARY);
    expect(text('ru', 'BLOCKED', 'not json')).toBe(SUMMARY);
    expect(text('ru', 'SOMETHING_NEW' as ClientActivityType, {})).toBe(SUMMARY);
  });

  it('shows names as they are, `$` and all', () => {
    expect(text('en', 'TAG_ADDED', { name: 'Paid $$ $& $1' })).toBe('Tag "Paid $$ $& $1" added');
    expect(text('en', 'OWNER_CHANGED', { to: 'op1', toName: 'A$$', took: false, comment: '$&' })).toBe('Owner set to A$$: $&');
  });
});
