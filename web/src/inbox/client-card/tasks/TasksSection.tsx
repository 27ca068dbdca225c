import { createSignal, For, Show } from 'solid-js';
import type { TaskItemFragment } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { Avatar } from '../../../ui/Avatar.tsx';
import { createNow } from '../../../ui/clock.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { createClientTasks } from './client-tasks.ts';
import { TaskForm } from './TaskForm.tsx';
import { tasksMessages } from './tasks.messages.ts';

// Overdue by the clock on screen, not only when loaded.
const isOverdue = (task: TaskItemFragment, now: number) => !task.completed && !!task.dueAt && Date.parse(task.dueAt) <= now;

const TaskRow = (props: { task: TaskItemFragment; now: number; busy: boolean; onCompleted: (completed: boolean) => void; onDelete: () => void }) => {
  const t = useMessages(tasksMessages);
  return (
    <li
      class="task-row"
      classList={{ 'is-completed': props.task.completed, 'is-overdue': isOverdue(props.task, props.now) }}
      data-testid="task-row"
      data-task-id={props.task.id}
      data-completed={props.task.completed}
    >
      <input
        type="checkbox"
        class="task-check"
        data-testid="task-complete"
        aria-label={props.task.completed ? t('reopen', props.task.title) : t('complete', props.task.title)}
        checked={props.task.completed}
        disabled={props.busy || !props.task.viewerCanEdit}
        onChange={(event) => props.onCompleted(event.currentTarget.checked)}
      />
      <div class="task-body">
        <div class="task-title">
          <Show when={props.task.priority !== 'NORMAL'}>
            <span class={`task-priority task-priority-${props.task.priority}`} data-testid="task-priority-chip">
              {t(`priorities.${props.task.priority}`)}
            </span>
          </Show>
          <span data-testid="task-title-text">{props.task.title}</span>
        </div>
        <Show when={props.task.description}>{(text) => <div class="task-description">{text()}</div>}</Show>
        <div class="task-meta">
          <Show when={props.task.dueAt}>
            {(dueAt) => (
              <time class="task-due" dateTime={dueAt()} data-testid="task-due-text">
                {isOverdue(props.task, props.now) ? t('overdue', formatDateTime(dueAt())) : t('due', formatDateTime(dueAt()))}
              </time>
            )}
          </Show>
          <span class="task-assignee">
            <Show when={props.task.assignee} fallback={<span class="card-missing">{t('anyone')}</span>}>
              {(assignee) => (
                <>
                  <Avatar name={assignee().name} url={assignee().avatarUrl} size={16} />
                  {assignee().name}
                </>
              )}
            </Show>
          </span>
        </div>
      </div>
      <Show when={props.task.viewerCanDelete}>
        <button type="button" class="link-button is-danger task-delete" data-testid="task-delete" aria-label={t('delete', props.task.title)} disabled={props.busy} onClick={() => props.onDelete()}>
          ✕
        </button>
      </Show>
    </li>
  );
};

// The client card's "Tasks" section: the client's open tasks (completed ones on demand), added, completed and
// deleted here; kept live for everyone looking at the same client.
export const TasksSection = (props: { clientId: string }) => {
  const t = useMessages(tasksMessages);
  const tasks = createClientTasks(props.clientId);
  const now = createNow(30_000);
  const [adding, setAdding] = createSignal(false);
  const openCount = () => tasks.items.filter((task) => !task.completed).length;

  const remove = (task: TaskItemFragment) => {
    if (window.confirm(t('confirmDelete', task.title))) void tasks.remove(task.id);
  };

  return (
    <section class="card-section client-tasks" data-testid="client-tasks">
      <div class="card-section-head">
        <h3>
          {t('title')}
          <Show when={openCount() > 0}>
            <span class="task-count" data-testid="task-count">
              {openCount()}
            </span>
          </Show>
        </h3>
        <Show when={!adding()}>
          <button type="button" class="btn btn-small btn-ghost" data-testid="task-add" onClick={() => setAdding(true)}>
            {t('add')}
          </button>
        </Show>
      </div>
      <Show when={adding()}>
        <TaskForm busy={tasks.busy()} onSubmit={tasks.create} onCancel={() => setAdding(false)} />
      </Show>
      <Show when={tasks.loaded()} fallback={<Show when={!tasks.error()}><span class="spinner" /></Show>}>
        <ul class="task-list">
          <For each={tasks.items} fallback={<li class="card-missing">{tasks.showCompleted() ? t('none') : t('noneOpen')}</li>}>
            {(task) => (
              <TaskRow
                task={task}
                now={now()}
                busy={tasks.busy()}
                onCompleted={(completed) => void tasks.setCompleted(task.id, completed)}
                onDelete={() => remove(task)}
              />
            )}
          </For>
        </ul>
      </Show>
      <label class="task-show-completed">
        <input type="checkbox" data-testid="task-show-completed" checked={tasks.showCompleted()} onChange={(event) => tasks.setShowCompleted(event.currentTarget.checked)} />
        {t('showCompleted')}
      </label>
      <Show when={tasks.error()}>{(message) => <div class="error-text task-error">{message()}</div>}</Show>
    </section>
  );
};
