import { Icon } from '../../ui/icons.tsx';

// A clock: the mark of scheduled sends (the composer's timer, pending bubbles and items, the chat list).
export const ClockIcon = (props: { size?: number }) => (
  <Icon size={props.size}>
    <circle cx="8" cy="8" r="6.2" />
    <path d="M8 4.6V8l2.3 1.5" />
  </Icon>
);
