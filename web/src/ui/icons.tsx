import type { JSX } from 'solid-js';

// The composer's toolbar marks, drawn rather than emoji: an emoji glyph is a box where the system has no emoji font
// (many Linux desktops), and takes that font's colours rather than the button's. Each a 16-unit line drawing in the
// text's colour.
export const Icon = (props: { size?: number | undefined; children: JSX.Element }) => (
  <svg
    class="ui-icon"
    width={props.size ?? 14}
    height={props.size ?? 14}
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
  >
    {props.children}
  </svg>
);

export const SmileIcon = (props: { size?: number }) => (
  <Icon size={props.size}>
    <circle cx="8" cy="8" r="6.2" />
    <path d="M5.6 9.6c.6 1.1 1.4 1.6 2.4 1.6s1.8-.5 2.4-1.6M6 6.4v.4M10 6.4v.4" />
  </Icon>
);

export const PaperclipIcon = (props: { size?: number }) => (
  <Icon size={props.size}>
    <path d="M10.5 4.5 5.8 9.2a1.6 1.6 0 0 0 2.3 2.3l4.9-4.9a3 3 0 0 0-4.2-4.2L3.9 7.3a4.4 4.4 0 0 0 6.2 6.2l3.6-3.6" />
  </Icon>
);

export const FolderIcon = (props: { size?: number }) => (
  <Icon size={props.size}>
    <path d="M2 4.2a1 1 0 0 1 1-1h3.2l1.6 1.6H13a1 1 0 0 1 1 1v6.4a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1z" />
  </Icon>
);

export const BoltIcon = (props: { size?: number }) => (
  <Icon size={props.size}>
    <path d="M9.2 1.8 3.6 9h4l-1 5.2L12.4 7h-4z" />
  </Icon>
);

// A clock: the mark of scheduled sends (the composer's timer, pending bubbles and items, the chat list).
export const ClockIcon = (props: { size?: number }) => (
  <Icon size={props.size}>
    <circle cx="8" cy="8" r="6.2" />
    <path d="M8 4.6V8l2.3 1.5" />
  </Icon>
);
