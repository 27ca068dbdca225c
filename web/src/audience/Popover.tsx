import { createSignal, Show, type JSX } from 'solid-js';
import { dismissOnOutside } from '../ui/dismiss.ts';

const Panel = (props: { onClose: () => void; anchor: () => HTMLElement | undefined; label: string; testId: string; class?: string; children: JSX.Element }) => {
  let root!: HTMLDivElement;
  dismissOnOutside(() => root, props.onClose, (target) => !!props.anchor()?.contains(target));
  return (
    <div class={`audience-popover ${props.class ?? ''}`} ref={root} role="dialog" aria-label={props.label} data-testid={props.testId}>
      {props.children}
    </div>
  );
};

type Props = {
  label: string;
  // The trigger button's content and test id; the panel's test id.
  button: JSX.Element;
  buttonTestId: string;
  buttonClass?: string;
  panelTestId: string;
  panelClass?: string;
  disabled?: boolean;
  children: (close: () => void) => JSX.Element;
};

/** A button that opens a panel under it; a press outside or Escape closes it. */
export const Popover = (props: Props) => {
  const [open, setOpen] = createSignal(false);
  let anchor: HTMLButtonElement | undefined;
  const close = () => setOpen(false);
  return (
    <div class="audience-popover-anchor">
      <button
        type="button"
        ref={anchor}
        class={props.buttonClass ?? 'btn btn-small'}
        data-testid={props.buttonTestId}
        aria-expanded={open()}
        disabled={props.disabled}
        onClick={() => setOpen(!open())}
      >
        {props.button}
      </button>
      <Show when={open()}>
        <Panel onClose={close} anchor={() => anchor} label={props.label} testId={props.panelTestId} class={props.panelClass}>
          {props.children(close)}
        </Panel>
      </Show>
    </div>
  );
};
