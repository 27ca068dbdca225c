import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { select } from '../db/rows.ts';
import type { UserError } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { operatorColumns, type OperatorRow } from './operator.entity.ts';
import { operatorErrors } from './operator.errors.ts';

// Whoever is given something (a conversation, a task, a client, a deal, a team place, a mention) must be an active
// operator of the caller's project: deactivated operators keep their rows for the history, and get nothing new.

/** The active operators of the viewer's project behind global ids, in their order (repeats once), or the feature's NOT_FOUND refusal. */
export async function requireOperators(em: EntityManager, viewer: Viewer, globalIds: readonly string[], field: string, refuse: (field: string) => UserError) {
  const ids = [...new Set(globalIds.map((globalId) => idOf('Operator', globalId)))];
  if (!ids.length) return [];
  const found = ids.every(Boolean)
    ? await select<OperatorRow>(em, `select ${operatorColumns} from operator where project_id = ? and id in (?) and deactivated_at is null`, [viewer.project.id, ids])
    : [];
  if (found.length !== ids.length) throw refuse(field);
  return ids.map((id) => found.find((operator) => operator.id === id)!);
}

/** One active operator of the viewer's project by global id, or a NOT_FOUND user error on `field`. */
export async function requireOperator(em: EntityManager, viewer: Viewer, globalId: string, field: string, refuse: (field: string) => UserError = operatorErrors.OPERATOR_NOT_IN_PROJECT) {
  return (await requireOperators(em, viewer, [globalId], field, refuse))[0]!;
}
