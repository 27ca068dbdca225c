import { createSignal } from 'solid-js';

const STORAGE_KEY = 'omni-inbox.token';

const read = (): string | null => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

const [token, setToken] = createSignal<string | null>(read());

export { token };

export const signIn = (value: string) => {
  localStorage.setItem(STORAGE_KEY, value);
  setToken(value);
};

export const signOut = () => {
  localStorage.removeItem(STORAGE_KEY);
  setToken(null);
};

// Logging in or out in another tab applies here too.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) setToken(event.newValue);
});
