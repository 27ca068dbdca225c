import type { PresenceStatus } from '../../generated/graphql.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { presenceLabel } from './presence.ts';

type Props = { name: string; url?: string | null | undefined; size: number; status: PresenceStatus | undefined; dotTestId?: string };

// An avatar with a status dot in its corner.
export const PresenceAvatar = (props: Props) => (
  <span class="presence-avatar">
    <Avatar name={props.name} url={props.url} size={props.size} />
    <span
      class="presence-dot"
      data-testid={props.dotTestId}
      data-status={props.status ?? 'UNKNOWN'}
      title={props.status ? presenceLabel(props.status) : undefined}
      aria-label={props.status ? presenceLabel(props.status) : undefined}
    />
  </span>
);
