import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { selectOne } from '../db/rows.ts';
import type { UpdateProjectSettingsInput } from '../generated/graphql.ts';
import { boundedText } from '../graphql/errors.ts';
import { projectErrors } from './project.errors.ts';
import type { ProjectRow } from './project.entity.ts';

const maxAutoCloseMinutes = 90 * 24 * 60;

function validTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Changes the given settings of the viewer's project; everything is checked before anything is written. */
export async function updateProjectSettings(em: EntityManager, viewer: Viewer, input: UpdateProjectSettingsInput) {
  const sets: string[] = [];
  const params: unknown[] = [];
  if (input.name != null) {
    sets.push('name = ?');
    params.push(boundedText(input.name, 'name', projectErrors.PROJECT_NAME_LENGTH));
  }
  if (input.timeZone != null) {
    if (!validTimeZone(input.timeZone)) throw projectErrors.PROJECT_TIME_ZONE_UNKNOWN('timeZone');
    sets.push('time_zone = ?');
    params.push(input.timeZone);
  }
  if (input.autoCloseAfterMinutes !== undefined) {
    const minutes = input.autoCloseAfterMinutes;
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 5 || minutes > maxAutoCloseMinutes)) {
      throw projectErrors.PROJECT_AUTO_CLOSE_RANGE('autoCloseAfterMinutes');
    }
    sets.push('auto_close_after_minutes = ?');
    params.push(minutes);
  }
  if (input.autoAssign != null) {
    sets.push('auto_assign = ?');
    params.push(input.autoAssign);
  }
  if (input.messageDeletionRoles != null) {
    sets.push('message_deletion_roles = ?');
    params.push(`{${[...new Set(input.messageDeletionRoles)].join(',')}}`);
  }
  if (!sets.length) return viewer.project;
  return (await selectOne<ProjectRow>(em, `update project set ${sets.join(', ')} where id = ? returning *`, [...params, viewer.project.id]))!;
}
