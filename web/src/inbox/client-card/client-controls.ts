import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import type { ClientControlsFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { BlockClientMutation } from './block-client.mutation.ts';
import { clientCardMessages } from './client-card.messages.ts';
import { PauseBotMutation } from './pause-bot.mutation.ts';
import { ResumeBotMutation } from './resume-bot.mutation.ts';
import { UnblockClientMutation } from './unblock-client.mutation.ts';

type Payload = { client: ClientControlsFragment | null; userErrors: { message: string }[] };

const PAUSE_HOURS = 24;

// Pausing the bot and blocking a client; the new state goes to `onChanged`, a refusal stays in `error`.
export const createClientControls = (clientId: () => string, onChanged: (client: ClientControlsFragment) => void) => {
  const urql = useClient();
  const t = useMessages(clientCardMessages);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const perform = async <Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => Payload,
  ) => {
    setBusy(true);
    setError(null);
    const { payload, error } = mutationOutcome(await urql.mutation(document, variables).toPromise(), payloadOf, t('controls.failed'));
    setBusy(false);
    setError(error);
    if (payload?.client) onChanged(payload.client);
  };

  const input = () => ({ input: { clientId: clientId() } });
  return {
    busy,
    error,
    pauseBot: () => perform(PauseBotMutation, { input: { clientId: clientId(), hours: PAUSE_HOURS } }, (d) => d.pauseBot),
    resumeBot: () => perform(ResumeBotMutation, input(), (d) => d.resumeBot),
    block: () => perform(BlockClientMutation, input(), (d) => d.blockClient),
    unblock: () => perform(UnblockClientMutation, input(), (d) => d.unblockClient),
  };
};
