/** One name and a button: creates a team, a channel, a token. `onCreate` answers whether it went through. */
export const NameForm = (props: { label: string; placeholder: string; submit: string; busy: boolean; testId: string; onCreate: (name: string) => Promise<unknown> }) => {
  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (await props.onCreate(String(new FormData(form).get('name') ?? ''))) form.reset();
  };
  return (
    <form class="settings-card settings-form settings-form-row" data-testid={props.testId} onSubmit={(event) => void create(event)}>
      <label>
        <span>{props.label}</span>
        <input name="name" placeholder={props.placeholder} maxLength={100} required />
      </label>
      <button type="submit" class="btn btn-primary" disabled={props.busy}>
        {props.submit}
      </button>
    </form>
  );
};
