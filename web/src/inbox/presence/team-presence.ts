import { createMutation, createSubscription, useClient } from '@urql/solid';
import { batch, createEffect, createMemo, createSignal, on, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { PresenceStatus, TeamMemberFragment } from '../../generated/graphql.ts';
import { plain } from '../../shared/plain.ts';
import { failureText, refusalText } from '../../shared/refusal-text.ts';
import { useLive } from '../live-context.ts';
import { OperatorPresenceSubscription } from './operator-presence.subscription.ts';
import { useMessages } from '../../i18n/messages.ts';
import { presenceRank } from './presence.ts';
import { presenceMessages } from './presence.messages.ts';
import { SetPresenceMutation } from './set-presence.mutation.ts';
import { TeamPresenceQuery } from './team-presence.query.ts';

const t = useMessages(presenceMessages);

type Viewer = { id: string; presence: PresenceStatus };

/**
 * The project's operators with their live presence (the operators query, then operatorPresence events), and the
 * signed-in operator's own status with a setter. The own status shows the choice at once and falls back to the
 * server's when the change is refused.
 */
export const createTeamPresence = (viewer: Accessor<Viewer | undefined>) => {
  const client = useClient();
  const live = useLive();
  const [members, setMembers] = createStore<Record<string, TeamMemberFragment>>({});
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal<PresenceStatus | null>(null);
  const [saveError, setSaveError] = createSignal<string | null>(null);
  const [, mutate] = createMutation(SetPresenceMutation);

  const remember = (member: TeamMemberFragment) => setMembers(member.id, reconcile(plain(member)));

  const load = async () => {
    const result = await client.query(TeamPresenceQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    const operators = result.data?.operators;
    if (!operators) return setLoadError(failureText(result.error, t('notLoaded')));
    batch(() => {
      setLoadError(null);
      setMembers(reconcile(Object.fromEntries(operators.map((operator) => [operator.id, plain(operator)]))));
    });
  };
  void load();
  // Changes missed while the socket was down, and the operator's own return: the server counts them online once
  // the socket is connected, before their own subscription starts.
  createEffect(on(live.connections, (count) => count > 0 && void load(), { defer: true }));

  createSubscription({ query: OperatorPresenceSubscription }, (_previous, data) => {
    remember(data.operatorPresence);
    return data;
  });

  const own = (): PresenceStatus | undefined => {
    const me = viewer();
    return pending() ?? (me && (members[me.id]?.presence ?? me.presence));
  };

  const setOwn = async (status: PresenceStatus) => {
    setPending(status);
    setSaveError(null);
    const result = await mutate({ input: { status } });
    const payload = result.data?.setPresence;
    batch(() => {
      setPending(null);
      const operator = payload?.operator;
      const me = viewer();
      if (operator && me && members[me.id]) setMembers(me.id, 'presence', operator.presence);
      const refusal = payload?.userErrors[0];
      const problem = result.error ? failureText(result.error, '') : refusal && refusalText(refusal);
      if (problem || !operator) setSaveError(problem ?? t('notChanged'));
    });
  };

  const sorted = createMemo(() =>
    Object.values(members).sort((a, b) => presenceRank(a.presence) - presenceRank(b.presence) || a.name.localeCompare(b.name)),
  );

  return {
    members: sorted,
    onlineCount: () => sorted().filter((member) => member.presence === 'ONLINE').length,
    loadError,
    own,
    setOwn,
    saving: () => pending() !== null,
    saveError,
    dismissError: () => setSaveError(null),
  };
};

export type TeamPresence = ReturnType<typeof createTeamPresence>;
