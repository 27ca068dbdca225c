import { createSignal, For, Show } from 'solid-js';
import type { OperatorRole } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { presenceLabel } from '../../inbox/presence/presence.ts';
import { createSettingsQuery } from '../settings-query.ts';
import { settingsMessages } from '../settings.messages.ts';
import { operatorMessages } from './operators.messages.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { ErrorNote } from '../ErrorNote.tsx';
import { CreateOperatorMutation } from './create-operator.mutation.ts';
import { DeactivateOperatorMutation } from './deactivate-operator.mutation.ts';
import { ReactivateOperatorMutation } from './reactivate-operator.mutation.ts';
import { SetOperatorCapacityMutation } from './set-operator-capacity.mutation.ts';
import { SettingsOperatorsQuery } from './settings-operators.query.ts';
import { UpdateOperatorMutation } from './update-operator.mutation.ts';

// The least power first: a new operator's form starts (and resets) on Operator.
const ROLES: readonly OperatorRole[] = ['OPERATOR', 'MANAGER', 'ADMIN', 'OWNER'];

/** A password to hand over: 14 characters from an alphabet without look-alikes. */
const generatePassword = () => {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return Array.from(crypto.getRandomValues(new Uint32Array(14)), (n) => alphabet[n % alphabet.length]).join('');
};

// Owners and admins add operators, change their roles and passwords, and deactivate those who leave.
export const OperatorsSettings = () => {
  const t = useMessages(operatorMessages);
  const app = useMessages(appMessages);
  const words = useMessages(settingsMessages);
  const operators = createSettingsQuery(SettingsOperatorsQuery, {});
  const me = () => operators.data()?.me.operator;
  const manageOwners = () => !!operators.data()?.me.can.manageOwners;
  const roles = () => ROLES.filter((role) => role !== 'OWNER' || manageOwners());
  const [password, setPassword] = createSignal('');
  const [notice, setNotice] = createSignal<string | null>(null);

  const add = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const input = { name: values['name'] ?? '', email: values['email'] ?? '', role: values['role'] as OperatorRole, password: password() };
    setNotice(null);
    if (await operators.run(CreateOperatorMutation, { input }, (data) => data.createOperator)) {
      setNotice(t('created', input.name, input.email.trim().toLowerCase(), input.password));
      form.reset();
      setPassword('');
    }
  };
  const update = (operatorId: string, change: { role?: OperatorRole; password?: string }) =>
    operators.run(UpdateOperatorMutation, { input: { operatorId, ...change } }, (data) => data.updateOperator);
  const resetPassword = async (operatorId: string, name: string) => {
    const fresh = generatePassword();
    setNotice(null);
    if (await update(operatorId, { password: fresh })) setNotice(t('reset', name, fresh));
  };
  // An emptied field changes nothing: the stored number comes back.
  const setCapacity = (operatorId: string, capacity: number) =>
    Number.isInteger(capacity)
      ? operators.run(SetOperatorCapacityMutation, { input: { operatorId, capacity } }, (data) => data.setOperatorCapacity)
      : operators.reload();
  const setActive = (operatorId: string, active: boolean) =>
    active
      ? operators.run(ReactivateOperatorMutation, { input: { operatorId } }, (data) => data.reactivateOperator)
      : operators.run(DeactivateOperatorMutation, { input: { operatorId } }, (data) => data.deactivateOperator);

  return (
    <div class="settings-section" data-testid="settings-operators">
      <h2>{words('sections.operators')}</h2>
      <ErrorNote message={operators.error()} />
      <Show when={notice()}>{(message) => <p class="settings-notice settings-secret" role="status" data-testid="settings-notice">{message()}</p>}</Show>
      <table class="settings-table">
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('email')}</th>
            <th>{t('role')}</th>
            <th title={t('capacityTitle')}>{t('capacity')}</th>
            <th>{t('status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <For each={operators.data()?.operators ?? []}>
            {(operator) => {
              const self = () => operator.id === me()?.id;
              return (
                <tr classList={{ 'is-inactive': !!operator.deactivatedAt }} data-testid="operator-row">
                  <td>
                    {operator.name}
                    <Show when={self()}> {t('you')}</Show>
                  </td>
                  <td>{operator.email}</td>
                  <td>
                    <select
                      aria-label={t('roleOf', operator.name)}
                      disabled={self() || operators.busy() || (operator.role === 'OWNER' && !manageOwners())}
                      onChange={(event) => void update(operator.id, { role: event.currentTarget.value as OperatorRole })}
                    >
                      <For each={operator.role === 'OWNER' ? ROLES : roles()}>{(role) => <option value={role} selected={role === operator.role}>{app(`roles.${role}`)}</option>}</For>
                    </select>
                  </td>
                  <td>
                    <input class="settings-number" type="number" min="0" max="1000" aria-label={t('capacityOf', operator.name)} value={operator.capacity}
                      disabled={!!operator.deactivatedAt || operators.busy()}
                      onChange={(event) => void setCapacity(operator.id, event.currentTarget.valueAsNumber)} />
                  </td>
                  <td>{operator.deactivatedAt ? t('deactivated') : presenceLabel(operator.presence)}</td>
                  <td>
                    <div class="settings-row-actions">
                      <Show when={!self()}>
                        <ConfirmButton label={t('newPassword')} warning={t('newPasswordWarning')} testId="operator-password-confirm"
                          disabled={operators.busy()} onConfirm={() => void resetPassword(operator.id, operator.name)} />
                        <Show
                          when={operator.deactivatedAt}
                          fallback={
                            <ConfirmButton label={t('deactivate')} warning={t('deactivateWarning')} testId="operator-deactivate-confirm"
                              disabled={operators.busy()} onConfirm={() => void setActive(operator.id, false)} />
                          }
                        >
                          <button type="button" class="btn btn-small" data-testid="operator-reactivate" disabled={operators.busy()} onClick={() => void setActive(operator.id, true)}>
                            {t('reactivate')}
                          </button>
                        </Show>
                      </Show>
                    </div>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>

      <form class="settings-card settings-form" data-testid="add-operator" onSubmit={(event) => void add(event)}>
        <h3>{t('add')}</h3>
        <label>
          <span>{t('name')}</span>
          <input name="name" maxLength={100} required />
        </label>
        <label>
          <span>{t('loginEmail')}</span>
          <input name="email" type="email" required />
        </label>
        <label>
          <span>{t('role')}</span>
          <select name="role">
            <For each={roles()}>{(role) => <option value={role}>{app(`roles.${role}`)}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('firstPassword')}</span>
          <span class="settings-inline">
            <input name="password" value={password()} onInput={(event) => setPassword(event.currentTarget.value)} minLength={8} required />
            <button type="button" class="btn btn-small" onClick={() => setPassword(generatePassword())}>
              {t('generate')}
            </button>
          </span>
        </label>
        <div class="settings-actions">
          <button type="submit" class="btn btn-primary" disabled={operators.busy()} data-testid="add-operator-submit">
            {t('addButton')}
          </button>
        </div>
      </form>
    </div>
  );
};
