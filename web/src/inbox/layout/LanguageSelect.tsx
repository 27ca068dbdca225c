import { createMutation } from '@urql/solid';
import { For } from 'solid-js';
import { apiLocale, locale, locales, setLocale, type Locale } from '../../i18n/locale.ts';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { UpdateMySettingsMutation } from './update-my-settings.mutation.ts';

// The operator's language: the app switches at once, and the choice is kept on the server for their next login.
export const LanguageSelect = () => {
  const t = useMessages(appMessages);
  const [, update] = createMutation(UpdateMySettingsMutation);
  const choose = (next: Locale) => {
    setLocale(next);
    void update({ input: { locale: apiLocale(next) } });
  };
  return (
    <select class="language-select" aria-label={t('language.label')} data-testid="language-select" value={locale()} onChange={(event) => choose(event.currentTarget.value as Locale)}>
      <For each={locales}>{(code) => <option value={code}>{t(`language.${apiLocale(code)}`)}</option>}</For>
    </select>
  );
};
