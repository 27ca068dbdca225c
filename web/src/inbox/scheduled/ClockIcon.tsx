// A clock: the mark of scheduled sends (the composer's timer, pending bubbles and items, the chat list).
export const ClockIcon = (props: { size?: number }) => (
  <svg class="clock-icon" width={props.size ?? 14} height={props.size ?? 14} viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" aria-hidden="true">
    <circle cx="8" cy="8" r="6.2" />
    <path d="M8 4.6V8l2.3 1.5" />
  </svg>
);
