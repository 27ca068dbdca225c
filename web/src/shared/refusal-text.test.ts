// A refusal's words come from the catalogue by its reason, filled with its values, in the chosen language; the
// server's English stays for what the web does not know.
import { CombinedError } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import { errorsMessages } from './errors.messages.ts';
import { refusalText, requestErrorText } from './refusal-text.ts';

// setLocale marks the page's language; these tests have no page.
beforeAll(() => void Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } }));
afterAll(() => setLocale('en'));

const refusal = (reason: string, values: Record<string, string> = {}, message = 'The English of the server.') => ({
  reason,
  message,
  field: null,
  values: Object.entries(values).map(([name, value]) => ({ name, value })),
});

describe('refusalText', () => {
  it('words a refusal by its reason, with its values, in English and in Russian', () => {
    setLocale('en');
    expect(refusalText(refusal('TEAM_NAME_TAKEN', { name: 'Support' }))).toBe('A team named "Support" already exists.');
    expect(refusalText(refusal('PERMISSION_DENIED', { action: 'manageTeams', roles: 'OWNER,ADMIN,MANAGER' }))).toBe('Only owners, admins, and managers may do this.');
    setLocale('ru');
    expect(refusalText(refusal('TEAM_NAME_TAKEN', { name: 'Поддержка' }))).toBe('Команда «Поддержка» уже есть.');
    expect(refusalText(refusal('PERMISSION_DENIED', { action: 'manageTeams', roles: 'OWNER,ADMIN,MANAGER' }))).toBe('Это могут только владельцы, администраторы и менеджеры.');
    expect(refusalText(refusal('CONVERSATION_HAND_ON_OWN_ONLY'))).toBe('Оператор может взять свободный диалог и передать только свой.');
  });

  it('follows each language’s numbers and plurals', () => {
    setLocale('ru');
    expect(refusalText(refusal('TEAM_NAME_LENGTH', { max: '100' }))).toBe('Название команды — от 1 до 100 символов.');
    expect(refusalText(refusal('TEAM_NAME_LENGTH', { max: '21' }))).toBe('Название команды — от 1 до 21 символа.');
    expect(refusalText(refusal('MESSAGE_LENGTH', { max: '4096' }))).toBe('Сообщение длиннее 4\u00a0096 символов.');
    setLocale('en');
    expect(refusalText(refusal('MESSAGE_LENGTH', { max: '4096' }))).toBe('The message is longer than 4,096 characters.');
  });

  it('keeps the server’s English for a reason this web app does not know yet', () => {
    setLocale('ru');
    expect(refusalText(refusal('SOMETHING_NEW', {}, 'Something new refused it.'))).toBe('Something new refused it.');
    expect(refusalText({ message: 'No reason at all.' })).toBe('No reason at all.');
  });

  it('has words for every reason in both languages, whatever values they take', () => {
    const values = {
      max: '100', limit: '30', count: '2', seconds: '5', hours: '48', maximum: '10', maxBytes: '26214400', name: 'Anna', key: 'city', kind: 'TAG',
      scope: 'CLIENT', roles: 'OWNER', action: 'manageTeams', contentType: 'image/png', phone: '12', email: 'a@b.c', problem: 'Condition needs `is`.', path: 'input.text',
      reason: 'Telegram does not know this token.', field: 'token',
    };
    for (const language of ['en', 'ru'] as const) {
      setLocale(language);
      for (const reason of Object.keys(errorsMessages.en.reasons)) {
        const text = refusalText({ ...refusal(reason, values, '(the server’s)'), field: 'phone' });
        expect(text, `${language} ${reason}`).not.toMatch(/undefined|NaN|\(the server’s\)|^$/);
      }
    }
  });
});

describe('requestErrorText', () => {
  it('says the server is unreachable when no answer came', () => {
    setLocale('ru');
    expect(requestErrorText(new CombinedError({ networkError: new Error('fetch failed') }))).toBe('Сервер недоступен. Попробуйте ещё раз.');
  });

  it('words a GraphQL error by its reason, else by its code, else keeps its message', () => {
    setLocale('ru');
    const error = (extensions: Record<string, unknown>, message = 'Throttled: cost points are used up. Retry in 5 s.') => new CombinedError({ graphQLErrors: [{ message, extensions }] });
    expect(requestErrorText(error({ code: 'THROTTLED', reason: 'REQUEST_THROTTLED', values: [{ name: 'seconds', value: '5' }] }))).toBe('Слишком много запросов: попробуйте снова через 5 с.');
    expect(requestErrorText(error({ code: 'UNAUTHENTICATED' }))).toBe('Сеанс закончился: войдите снова.');
    expect(requestErrorText(error({ code: 'BAD_USER_INPUT' }, 'first must be between 1 and 100.'))).toBe('first must be between 1 and 100.');
  });
});
