import { flatten, translator, type BaseRecordDict } from '@solid-primitives/i18n';
import { locale, type Locale } from './locale.ts';

// Every user-facing string comes from a catalogue beside the feature that shows it (`<feature>.messages.ts`),
// with one entry per key in each language: a string (`{{ name }}` takes an argument), or a function for plurals
// and anything built from values. The Russian catalogue must have the English one's shape: a missing key, or an
// entry taking other arguments, fails the typecheck.

/** A catalogue entry in another language: the same key, a string or a function taking the same arguments. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Translation<T[K]>;
};

export const defineMessages = <const En extends BaseRecordDict>(catalogue: { en: En; ru: Translation<En> }) => catalogue;

const flattened = new WeakMap<object, ReturnType<typeof flatten>>();

/**
 * `{{ name }}` filled with the argument as it is. The library's own resolver hands each value to `String.replace` as
 * a replacement pattern, so a `$&` or `$1` in a client's or a tag's name would turn into something else.
 */
const fill = (template: string, args?: Record<string, unknown>) =>
  args ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (Object.hasOwn(args, key) ? String(args[key]) : whole)) : template;

/**
 * A translator of one catalogue, following the chosen language live: `t('key')`, `t('key', args)`. It reads the
 * locale at each call, so it works in components, stores and plain functions alike.
 */
export const useMessages = <En extends BaseRecordDict>(catalogue: { en: En; ru: Translation<En> }) =>
  translator(() => {
    const dictionary = catalogue[locale()] as En;
    let flat = flattened.get(dictionary);
    if (!flat) flattened.set(dictionary, (flat = flatten(dictionary)));
    return flat as ReturnType<typeof flatten<En>>;
  }, fill);

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * One of `forms` by the language's plural rules (Russian: one, few, many; English: one, other), with `#` replaced
 * by the count formatted for the language.
 */
export function plural(language: Locale, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(language).format(count));
}
