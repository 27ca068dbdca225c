import { createSignal, For, Show } from 'solid-js';
import { PresenceAvatar } from './PresenceAvatar.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { presenceLabel } from './presence.ts';
import { presenceMessages } from './presence.messages.ts';
import type { TeamPresence } from './team-presence.ts';
import { dismissOnOutside } from '../../ui/dismiss.ts';

// "Team · 3 online": the project's operators with live status dots, in a popover.
export const TeamPopover = (props: { team: TeamPresence; viewerId: string | undefined }) => {
  const t = useMessages(presenceMessages);
  const [open, setOpen] = createSignal(false);
  let root!: HTMLDivElement;

  dismissOnOutside(() => root, () => setOpen(false));

  return (
    <div class="team" ref={root}>
      <button
        type="button"
        class="btn btn-small btn-ghost team-toggle"
        data-testid="team-toggle"
        aria-expanded={open()}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
      >
        <span class="team-dots" aria-hidden="true">
          <For each={props.team.members().slice(0, 5)}>{(member) => <span class="presence-dot" data-status={member.presence} />}</For>
        </span>
        <span class="team-label sr-phone">{t('teamOnline', props.team.onlineCount())}</span>
        <span class="team-count" aria-hidden="true">
          {props.team.onlineCount()}
        </span>
      </button>
      <Show when={open()}>
        <div class="team-popover" role="dialog" aria-label={t('team')} data-testid="team-popover">
          <Show when={props.team.loadError()}>{(message) => <div class="error-text team-note">{message()}</div>}</Show>
          <ul class="team-list">
            <For each={props.team.members()} fallback={<li class="team-note">{t('noOperators')}</li>}>
              {(member) => (
                <li class="team-member" data-testid="team-member" data-operator-id={member.id} data-status={member.presence}>
                  <PresenceAvatar name={member.name} url={member.avatarUrl} size={26} status={member.presence} />
                  <span class="team-member-name">
                    {member.name}
                    <Show when={member.id === props.viewerId}>
                      <span class="team-member-you"> {t('you')}</span>
                    </Show>
                  </span>
                  <span class="team-member-status">{presenceLabel(member.presence)}</span>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
};
