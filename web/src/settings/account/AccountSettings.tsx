import { createMutation } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { settingsMessages } from '../settings.messages.ts';
import { accountMessages } from './account.messages.ts';
import { ErrorNote } from '../ErrorNote.tsx';
import { ChangeMyPasswordMutation } from './change-my-password.mutation.ts';

// The caller's own password: the current one, then the new one twice. Their other sessions end.
export const AccountSettings = () => {
  const t = useMessages(accountMessages);
  const settings = useMessages(settingsMessages);
  const [state, change] = createMutation(ChangeMyPasswordMutation);
  const [error, setError] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setDone(false);
    if (values['newPassword'] !== values['repeat']) return setError(t('differ'));
    const outcome = mutationOutcome(
      await change({ input: { currentPassword: values['currentPassword'] ?? '', newPassword: values['newPassword'] ?? '' } }),
      (data) => data.changeMyPassword,
      t('notChanged'),
    );
    setError(outcome.error);
    if (outcome.payload) {
      form.reset();
      setDone(true);
    }
  };

  return (
    <div class="settings-section" data-testid="settings-account">
      <h2>{settings('sections.account')}</h2>
      <form class="settings-card settings-form" onSubmit={(event) => void submit(event)}>
        <h3>{t('password')}</h3>
        <label>
          <span>{t('current')}</span>
          <input name="currentPassword" type="password" autocomplete="current-password" required />
        </label>
        <label>
          <span>{t('new')}</span>
          <input name="newPassword" type="password" autocomplete="new-password" minLength={8} required />
        </label>
        <label>
          <span>{t('repeat')}</span>
          <input name="repeat" type="password" autocomplete="new-password" minLength={8} required />
        </label>
        <ErrorNote message={error()} />
        <Show when={done()}>
          <p class="settings-notice" role="status">
            {t('changed')}
          </p>
        </Show>
        <div class="settings-actions">
          <button type="submit" class="btn btn-primary" disabled={state.fetching} data-testid="change-password">
            {t('change')}
          </button>
        </div>
      </form>
    </div>
  );
};
