import { createMutation } from '@urql/solid';
import { UpdateMySettingsMutation } from './update-my-settings.mutation.ts';

// Reading is explicit by default; an operator may prefer that opening a conversation marks it read.
export const ReadOnOpenToggle = (props: { checked: boolean }) => {
  const [state, update] = createMutation(UpdateMySettingsMutation);
  return (
    <label class="read-on-open" title="Mark conversations read when you open them">
      <input
        type="checkbox"
        data-testid="read-on-open"
        checked={props.checked}
        disabled={state.fetching}
        onChange={(event) => void update({ input: { readOnOpen: event.currentTarget.checked } })}
      />
      Read on open
    </label>
  );
};
