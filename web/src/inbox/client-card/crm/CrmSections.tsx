import { Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { createClientCrm } from './client-crm.ts';
import { crmMessages } from './crm.messages.ts';
import { DealsSection } from './DealsSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { IdentitySection } from './IdentitySection.tsx';
import { LabelsSection } from './LabelsSection.tsx';
import { NotesSection } from './NotesSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { VariablesSection } from './VariablesSection.tsx';
import './crm.css';

// The card's CRM: profile and owner, tags, lists, variables, deals, notes, history and the client's lifecycle,
// all from one request (see client-crm.query.ts), live for every operator looking at the client.
export const CrmSections = (props: { clientId: string }) => {
  const t = useMessages(crmMessages);
  const crm = createClientCrm(props.clientId);
  return (
    <Show when={crm.client()} fallback={<Show when={crm.error()}>{(message) => <div class="error-text">{message()}</div>}</Show>}>
      {(client) => (
        <div class="crm-sections" data-testid="crm-sections">
          <Show when={crm.error()}>
            {(message) => (
              <div class="crm-error error-text" role="alert" data-testid="crm-error">
                {message()}
                <button type="button" class="btn btn-small btn-ghost" aria-label={t('dismiss')} onClick={() => crm.setError(null)}>
                  ×
                </button>
              </div>
            )}
          </Show>
          <ProfileSection crm={crm} client={client()} />
          <LabelsSection crm={crm} client={client()} kind="TAG" />
          <LabelsSection crm={crm} client={client()} kind="LIST" />
          <DealsSection crm={crm} client={client()} />
          <VariablesSection crm={crm} client={client()} />
          <NotesSection crm={crm} client={client()} />
          <HistorySection client={client()} />
          <IdentitySection crm={crm} client={client()} />
        </div>
      )}
    </Show>
  );
};
