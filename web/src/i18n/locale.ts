import { createSignal } from 'solid-js';

// The language the web app speaks and the time zone it shows times in. The operator's own choice (a setting kept
// on the server) or, until they make one, the browser's language; the project's time zone once it is known.
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];

/** The first of the browser's languages we speak; English otherwise. */
export const browserLocale = (languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale =>
  languages.map((tag) => tag.slice(0, 2).toLowerCase()).find((code): code is Locale => (locales as readonly string[]).includes(code)) ?? 'en';

const [locale, setLocaleSignal] = createSignal<Locale>(typeof navigator === 'undefined' ? 'en' : browserLocale());
const [timeZone, setTimeZone] = createSignal<string | undefined>(undefined);

export { locale, timeZone, setTimeZone };

export const setLocale = (next: Locale) => {
  setLocaleSignal(next);
  document.documentElement.lang = next;
};

/** The API's name of a locale (enum Locale), and back. */
export const apiLocale = (value: Locale) => (value === 'ru' ? 'RU' : 'EN') as 'EN' | 'RU';
export const fromApiLocale = (value: 'EN' | 'RU') => (value === 'RU' ? 'ru' : 'en') as Locale;
