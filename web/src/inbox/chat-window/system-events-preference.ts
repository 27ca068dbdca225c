import { createSignal } from 'solid-js';

// Whether the chat window shows system events (conversation events and changes to the card), per operator, in
// this browser: a way of reading the timeline, like a collapsed panel, so it costs no round trip. Kept per
// operator id, since operators may share a computer.
const keyOf = (operatorId: string) => `omni-inbox.timeline.system-events-hidden.${operatorId}`;

const read = (operatorId: string): boolean => {
  try {
    return localStorage.getItem(keyOf(operatorId)) === '1';
  } catch {
    return false;
  }
};

// Every chat window of this tab shares it (the toggle in one header, the list it governs).
const [hidden, setHidden] = createSignal<Record<string, boolean>>({});

/** The signed-in operator's choice: shown until they hide them. */
export const createSystemEventsPreference = (operatorId: () => string | undefined) => {
  const shown = () => {
    const id = operatorId();
    if (!id) return true;
    return !(hidden()[id] ?? read(id));
  };
  const toggle = () => {
    const id = operatorId();
    if (!id) return;
    const hide = shown();
    setHidden({ ...hidden(), [id]: hide });
    try {
      if (hide) localStorage.setItem(keyOf(id), '1');
      else localStorage.removeItem(keyOf(id));
    } catch {
      // Storage refused (private mode): the choice holds for this tab.
    }
  };
  return { shown, toggle };
};

export type SystemEventsPreference = ReturnType<typeof createSystemEventsPreference>;
