import { createMutation } from '@urql/solid';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { UpdateMySettingsMutation } from './update-my-settings.mutation.ts';

// Reading is explicit by default; an operator may prefer that opening a conversation marks it read.
export const ReadOnOpenToggle = (props: { checked: boolean }) => {
  const t = useMessages(appMessages);
  const [state, update] = createMutation(UpdateMySettingsMutation);
  return (
    <label class="read-on-open" title={t('readOnOpen.title')}>
      <input
        type="checkbox"
        data-testid="read-on-open"
        checked={props.checked}
        disabled={state.fetching}
        onChange={(event) => void update({ input: { readOnOpen: event.currentTarget.checked } })}
      />
      {t('readOnOpen.label')}
    </label>
  );
};
