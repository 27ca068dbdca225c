import { createMutation } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { refusalText, requestErrorText } from '../../shared/refusal-text.ts';
import { signIn } from '../session.ts';
import { LoginMutation } from './login.mutation.ts';

export const LoginPage = () => {
  const t = useMessages(appMessages);
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<string[]>([]);
  const [state, login] = createMutation(LoginMutation);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setErrors([]);
    if (!email().trim() || !password()) return setErrors([t('login.missing')]);
    const result = await login({ input: { email: email().trim(), password: password() } });
    if (result.error) {
      setErrors([result.error.networkError ? t('login.unreachable') : requestErrorText(result.error)]);
      return;
    }
    const payload = result.data?.login;
    if (payload?.token) return signIn(payload.token);
    setErrors(payload?.userErrors.length ? payload.userErrors.map(refusalText) : [t('login.failed')]);
  };

  return (
    <main class="login-page">
      <form class="login-card" onSubmit={submit} novalidate>
        <div class="login-brand">
          <span class="brand-mark" aria-hidden="true" />
          <span>{t('login.brand')}</span>
        </div>
        <h1>{t('login.title')}</h1>
        <p class="login-subtitle">{t('login.subtitle')}</p>
        <label class="login-label">
          {t('login.email')}
          <input
            class="field"
            type="email"
            name="email"
            autocomplete="username"
            required
            autofocus
            data-testid="login-email"
            value={email()}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <label class="login-label">
          {t('login.password')}
          <input
            class="field"
            type="password"
            name="password"
            autocomplete="current-password"
            required
            data-testid="login-password"
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <Show when={errors().length}>
          <div class="error-box" role="alert" data-testid="login-error">
            <For each={errors()}>{(message) => <div>{message}</div>}</For>
          </div>
        </Show>
        <button
          class="btn btn-primary login-submit"
          type="submit"
          data-testid="login-submit"
          disabled={state.fetching}
        >
          {state.fetching ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
};
