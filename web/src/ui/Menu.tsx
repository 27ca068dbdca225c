import { createContext, createSignal, createUniqueId, Show, splitProps, useContext, type JSX } from 'solid-js';
import { dismissOnOutside } from './dismiss.ts';
import './menu.css';

// A menu button and its menu, after the WAI-ARIA menu button pattern: the button opens it with a click, Enter,
// Space or the arrows; ↑ ↓ Home End move between the items; Esc closes it (and only it: dismiss.ts and inbox-keys.ts
// leave an open menu the first Esc) and gives the focus back to the button; Tab or a press outside closes it.

type MenuApi = { close: (refocus?: boolean) => void };
const MenuContext = createContext<MenuApi>();

const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';

type Props = {
  /** The menu's accessible name. */
  label: string;
  /** The button's own content (an icon, the operator's avatar and name…). */
  button: JSX.Element;
  buttonClass?: string;
  buttonTestId?: string;
  /** The button's accessible name when its content is not text. */
  buttonLabel?: string;
  buttonTitle?: string;
  menuClass?: string;
  menuTestId?: string;
  /** The items: only created while the menu is open. */
  children: JSX.Element;
};

export const Menu = (props: Props) => {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  let anchor!: HTMLDivElement;
  let trigger!: HTMLButtonElement;
  let menu: HTMLDivElement | undefined;

  const items = () => (menu ? [...menu.querySelectorAll<HTMLElement>(ITEM_SELECTOR)].filter((item) => item.getAttribute('aria-disabled') !== 'true') : []);
  const focusItem = (which: 'first' | 'last' | 1 | -1) => {
    const all = items();
    if (all.length === 0) return;
    const at = all.indexOf(document.activeElement as HTMLElement);
    const index = which === 'first' ? 0 : which === 'last' ? all.length - 1 : (at + which + all.length) % all.length;
    all[index]?.focus();
  };
  const show = (focus: 'first' | 'last') => {
    setOpen(true);
    // The items exist once the menu is rendered, in this same tick.
    focusItem(focus);
  };
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) trigger.focus();
  };

  const onTriggerKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    show(event.key === 'ArrowDown' ? 'first' : 'last');
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, 'first' | 'last' | 1 | -1> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusItem(move);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === 'Escape') {
      // The document's listener (dismissOnOutside) closes it; the focus goes back where it came from.
      trigger.focus();
    }
  };

  return (
    <div class="menu-anchor" ref={anchor}>
      <button
        ref={trigger}
        type="button"
        class={props.buttonClass ?? 'btn btn-small btn-ghost'}
        data-testid={props.buttonTestId}
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={open() ? id : undefined}
        aria-label={props.buttonLabel}
        title={props.buttonTitle}
        onClick={() => (open() ? close(false) : show('first'))}
        onKeyDown={onTriggerKey}
      >
        {props.button}
      </button>
      <Show when={open()}>
        <MenuPopup id={id} label={props.label} class={props.menuClass} testId={props.menuTestId} anchor={() => anchor} onClose={() => setOpen(false)} onKeyDown={onMenuKey} ref={(el) => (menu = el)}>
          <MenuContext.Provider value={{ close }}>{props.children}</MenuContext.Provider>
        </MenuPopup>
      </Show>
    </div>
  );
};

type PopupProps = {
  id: string;
  label: string;
  class: string | undefined;
  testId: string | undefined;
  anchor: () => HTMLElement;
  onClose: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  ref: (el: HTMLDivElement) => void;
  children: JSX.Element;
};

const MenuPopup = (props: PopupProps) => {
  let root!: HTMLDivElement;
  // A press on the menu's own button toggles it there; any other press outside closes it, so does Esc.
  dismissOnOutside(() => root, props.onClose, (target) => props.anchor().contains(target));
  return (
    <div
      ref={(el) => {
        root = el;
        props.ref(el);
      }}
      id={props.id}
      class={`menu ${props.class ?? ''}`}
      role="menu"
      aria-label={props.label}
      data-testid={props.testId}
      onKeyDown={(event) => props.onKeyDown(event)}
    >
      {props.children}
    </div>
  );
};

type ItemProps = {
  testId?: string;
  onSelect: () => void;
  /** Checkbox and radio items stay open, so a choice can be seen and changed again. */
  keepOpen?: boolean;
  disabled?: boolean;
  class?: string;
  title?: string;
  children: JSX.Element;
  kind?: 'item' | 'checkbox' | 'radio';
  checked?: boolean;
  // Extra data for tests and styles (data-status, data-locale…).
  [data: `data-${string}`]: string | undefined;
};

export const MenuItem = (props: ItemProps) => {
  const menu = useContext(MenuContext);
  const [local, rest] = splitProps(props, ['testId', 'onSelect', 'keepOpen', 'disabled', 'class', 'title', 'children', 'kind', 'checked']);
  const checkable = () => local.kind === 'checkbox' || local.kind === 'radio';
  const checked = () => local.checked;
  const select = () => {
    if (local.disabled) return;
    local.onSelect();
    if (!local.keepOpen) menu?.close();
  };
  return (
    <button
      {...rest}
      type="button"
      tabIndex={-1}
      class={`menu-item ${local.class ?? ''}`}
      role={local.kind === 'checkbox' ? 'menuitemcheckbox' : local.kind === 'radio' ? 'menuitemradio' : 'menuitem'}
      aria-checked={checkable() ? !!checked() : undefined}
      aria-disabled={local.disabled ? 'true' : undefined}
      data-testid={local.testId}
      title={local.title}
      onClick={select}
    >
      <Show when={checkable()}>
        <span class="menu-item-check" aria-hidden="true">
          <Show when={checked()}>✓</Show>
        </span>
      </Show>
      {local.children}
    </button>
  );
};

/** Related items under a heading, e.g. the statuses or the languages. */
export const MenuGroup = (props: { label: string; testId?: string; children: JSX.Element }) => {
  const id = createUniqueId();
  return (
    <div class="menu-group" role="group" aria-labelledby={id} data-testid={props.testId}>
      <div class="menu-group-label" id={id}>
        {props.label}
      </div>
      {props.children}
    </div>
  );
};

export const MenuSeparator = () => <div class="menu-separator" role="separator" />;
