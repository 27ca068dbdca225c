import { createQuery } from '@urql/solid';
import { createSignal, For } from 'solid-js';
import type { CreateTaskInput, TaskPriority } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { commonMessages } from '../../../ui/common.messages.ts';
import { OperatorsQuery } from '../../conversation-actions/operators.query.ts';
import { PRIORITIES } from './priorities.ts';
import { tasksMessages } from './tasks.messages.ts';

type Props = {
  busy: boolean;
  // Answers whether the task was created (the form then closes).
  onSubmit: (input: Omit<CreateTaskInput, 'clientId'>) => Promise<boolean>;
  onCancel: () => void;
};

// The card's "Add task" form: title, description, priority, due date and time, assignee.
export const TaskForm = (props: Props) => {
  const t = useMessages(tasksMessages);
  const common = useMessages(commonMessages);
  const [operators] = createQuery({ query: OperatorsQuery });
  const [title, setTitle] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [priority, setPriority] = createSignal<TaskPriority>('NORMAL');
  const [due, setDue] = createSignal('');
  const [assigneeId, setAssigneeId] = createSignal('');

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const created = await props.onSubmit({
      title: title(),
      description: description().trim() || null,
      priority: priority(),
      // datetime-local is the operator's local time; the API takes an instant.
      dueAt: due() ? new Date(due()).toISOString() : null,
      assigneeId: assigneeId() || null,
    });
    if (created) props.onCancel();
  };

  return (
    <form class="task-form" data-testid="task-form" onSubmit={(event) => void submit(event)}>
      <input
        class="field"
        data-testid="task-title"
        placeholder={t('form.titlePlaceholder')}
        aria-label={t('form.title')}
        maxLength={200}
        required
        value={title()}
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      <textarea
        class="field task-form-description"
        data-testid="task-description"
        placeholder={t('form.descriptionPlaceholder')}
        aria-label={t('form.description')}
        maxLength={4000}
        rows={2}
        value={description()}
        onInput={(event) => setDescription(event.currentTarget.value)}
      />
      <div class="task-form-row">
        <label>
          <span>{t('form.priority')}</span>
          <select class="field" data-testid="task-priority" value={priority()} onChange={(event) => setPriority(event.currentTarget.value as TaskPriority)}>
            <For each={PRIORITIES}>{(value) => <option value={value}>{t(`priorities.${value}`)}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('form.due')}</span>
          <input class="field" type="datetime-local" data-testid="task-due" value={due()} onInput={(event) => setDue(event.currentTarget.value)} />
        </label>
      </div>
      <label>
        <span>{t('form.assignee')}</span>
        <select class="field" data-testid="task-assignee" value={assigneeId()} onChange={(event) => setAssigneeId(event.currentTarget.value)}>
          <option value="">{t('form.anyone')}</option>
          <For each={operators.data?.operators}>{(operator) => <option value={operator.id}>{operator.name}</option>}</For>
        </select>
      </label>
      <div class="task-form-actions">
        <button type="button" class="btn btn-small btn-ghost" onClick={() => props.onCancel()}>
          {common('cancel')}
        </button>
        <button type="submit" class="btn btn-small btn-primary" data-testid="task-save" disabled={props.busy || !title().trim()}>
          {t('form.submit')}
        </button>
      </div>
    </form>
  );
};
