import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import type { AudienceClientFragment, BulkClientAction, LabelKind } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { failureText, refusalText } from '../../shared/refusal-text.ts';
import type { AudienceList } from '../audience-list.ts';
import { BulkAddClientLabelsMutation } from './add-client-labels.mutation.ts';
import { BulkClientActionMutation } from './bulk-client-action.mutation.ts';
import { bulkMessages } from './bulk.messages.ts';
import { AudienceCreateLabelMutation } from './create-label.mutation.ts';
import { BulkRemoveClientLabelsMutation } from './remove-client-labels.mutation.ts';

// The API takes at most this many clients per call.
const CHUNK = 100;

type Payload = { clients?: readonly AudienceClientFragment[] | null; userErrors: readonly { message: string }[] };

/** The bulk actions on the chosen rows: run in chunks the API accepts, the rows refreshed from the answers. */
export const createBulkActions = (list: AudienceList) => {
  const client = useClient();
  const t = useMessages(bulkMessages);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);

  const perform = async <Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variablesOf: (clientIds: string[]) => Variables,
    payloadOf: (data: Data) => Payload,
    done: (count: number) => string,
  ): Promise<boolean> => {
    const ids = [...list.selected()];
    if (!ids.length) return false;
    setBusy(true);
    setError(null);
    setNotice(null);
    let changed = 0;
    try {
      for (let start = 0; start < ids.length; start += CHUNK) {
        const { payload, error } = mutationOutcome(await client.mutation(document, variablesOf(ids.slice(start, start + CHUNK))).toPromise(), payloadOf, t('failed'));
        if (!payload) throw new Error(error);
        list.applyChanged(payload.clients ?? []);
        changed += payload.clients?.length ?? 0;
      }
      setNotice(done(changed));
      return true;
    } catch (failure) {
      // Earlier chunks stay done: say how far it got.
      const message = failure instanceof Error ? failure.message : String(failure);
      setError(changed ? t('partly', message, changed) : message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    error,
    notice,
    dismiss: () => {
      setError(null);
      setNotice(null);
    },
    run: (action: BulkClientAction, ownerId?: string | null) =>
      perform(
        BulkClientActionMutation,
        (clientIds) => ({ input: { clientIds, action, ...(action === 'SET_OWNER' ? { ownerId: ownerId ?? null } : {}) } }),
        (data) => data.bulkClientAction,
        (n) => t(`done.${action}`, n),
      ),
    label: (add: boolean, label: { id: string; name: string }) =>
      add
        ? perform(BulkAddClientLabelsMutation, (clientIds) => ({ input: { clientIds, labelIds: [label.id] } }), (data) => data.addClientLabels, (n) => t('added', label.name, n))
        : perform(
            BulkRemoveClientLabelsMutation,
            (clientIds) => ({ input: { clientIds, labelIds: [label.id] } }),
            (data) => data.removeClientLabels,
            (n) => t('removed', label.name, n),
          ),
    /** A new tag or list by name; the error is shown like an action's. */
    createLabel: async (kind: LabelKind, name: string) => {
      setError(null);
      const result = await client.mutation(AudienceCreateLabelMutation, { input: { kind, name } }).toPromise();
      const payload = result.data?.createLabel;
      if (result.error || !payload?.label) {
        setError(payload?.userErrors.map(refusalText).join(' ') || failureText(result.error, t('labelFailed')));
        return null;
      }
      return payload.label;
    },
  };
};

export type BulkActions = ReturnType<typeof createBulkActions>;
