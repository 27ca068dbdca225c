import { createSignal, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { createSettingsQuery } from '../settings-query.ts';
import { settingsMessages } from '../settings.messages.ts';
import { generalMessages } from './general.messages.ts';
import { ErrorNote } from '../ErrorNote.tsx';
import { ProjectSettingsQuery } from './project-settings.query.ts';
import { UpdateProjectSettingsMutation } from './update-project-settings.mutation.ts';

// The project's name, time zone and automatic closing of quiet conversations.
export const GeneralSettings = () => {
  const t = useMessages(generalMessages);
  const words = useMessages(settingsMessages);
  const settings = createSettingsQuery(ProjectSettingsQuery, {});
  const [saved, setSaved] = createSignal(false);
  const project = () => settings.data()?.me.project;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement)) as Record<string, string>;
    const hours = values['autoCloseHours']?.trim();
    setSaved(false);
    const done = await settings.run(
      UpdateProjectSettingsMutation,
      { input: { name: values['name'], timeZone: values['timeZone'], autoCloseAfterMinutes: hours ? Math.round(Number(hours) * 60) : null } },
      (data) => data.updateProjectSettings,
    );
    setSaved(Boolean(done));
  };

  return (
    <div class="settings-section" data-testid="settings-general">
      <h2>{words('sections.general')}</h2>
      <Show when={project()} keyed fallback={<span class="spinner" />}>
        {(project) => (
          <form class="settings-card settings-form" onSubmit={(event) => void submit(event)}>
            <label>
              <span>{t('name')}</span>
              <input name="name" value={project.name} maxLength={100} required />
            </label>
            <label>
              <span>{t('timeZone')}</span>
              <input name="timeZone" value={project.timeZone} required />
            </label>
            <label>
              <span>{t('autoClose')}</span>
              <input name="autoCloseHours" type="number" min="0.1" step="any" value={project.autoCloseAfterMinutes == null ? '' : project.autoCloseAfterMinutes / 60} />
            </label>
            <ErrorNote message={settings.error()} />
            <Show when={saved()}>
              <p class="settings-notice" role="status">{t('saved')}</p>
            </Show>
            <div class="settings-actions">
              <button type="submit" class="btn btn-primary" disabled={settings.busy()}>
                {words('save')}
              </button>
            </div>
          </form>
        )}
      </Show>
    </div>
  );
};
