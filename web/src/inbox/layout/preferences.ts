import { createQuery } from '@urql/solid';
import { createEffect } from 'solid-js';
import { fromApiLocale, setLocale, setTimeZone } from '../../i18n/locale.ts';
import { MeQuery } from './me.query.ts';

/** Follows the signed-in operator's language (once they chose one) and shows times in the project's time zone. */
export const applyPreferences = () => {
  const [me] = createQuery({ query: MeQuery });
  createEffect(() => {
    const data = me.data?.me;
    if (!data) return;
    setTimeZone(data.project.timeZone);
    if (data.operator?.locale) setLocale(fromApiLocale(data.operator.locale));
  });
};
