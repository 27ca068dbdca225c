import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { changeClient, requireClient } from '../clients/client-profile.service.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import type { CreateVariableDefinitionInput, VariableValueInput } from '../generated/graphql.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import type { VariableDefinitionRow, VariableScope, VariableType } from './variable-definition.entity.ts';
import { requireRoom } from '../limits/list-caps.ts';
import { isSystemKey } from './system-variables.ts';
import { variableErrors } from './variable.errors.ts';

export type VariableValues = Record<string, string | number | boolean>;
type CheckedValue = { definition: VariableDefinitionRow; value: string | number | boolean | null };
// `at`: the moment itself, for the system variables that are moments (created, last_activity).
export type VariableValueModel = { key: string; name: string; type: VariableType; value: string | null; at?: Date | null; system: boolean };

const keyPattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export const listDefinitions = (em: EntityManager, projectId: string, scope: VariableScope) =>
  select<VariableDefinitionRow>(em, 'select * from variable_definition where project_id = ? and scope = ? order by created_at, key', [projectId, scope]);

async function requireDefinition(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('VariableDefinition', globalId);
  const definition = id && (await selectOne<VariableDefinitionRow>(em, 'select * from variable_definition where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!definition) throw variableErrors.VARIABLE_NOT_FOUND('definitionId');
  return definition;
}

export async function createDefinition(em: EntityManager, viewer: Viewer, input: CreateVariableDefinitionInput) {
  const key = input.key.trim();
  if (!keyPattern.test(key)) throw variableErrors.VARIABLE_KEY_INVALID('key');
  if (isSystemKey(key)) throw variableErrors.VARIABLE_KEY_SYSTEM('key', { key });
  const name = boundedText(input.name, 'name', variableErrors.VARIABLE_NAME_LENGTH, 100);
  const taken = await selectOne(em, 'select 1 from variable_definition where project_id = ? and scope = ? and lower(key) = lower(?)', [viewer.project.id, input.scope, key]);
  if (taken) throw variableErrors.VARIABLE_KEY_TAKEN('key', { key });
  await requireRoom(em, 'Query.variableDefinitions', ['select count(*)::int as n from variable_definition where project_id = ? and scope = ?', [viewer.project.id, input.scope]], (field, { limit }) => variableErrors.VARIABLE_LIMIT(field, { limit, scope: input.scope }), 'key');
  return (await selectOne<VariableDefinitionRow>(
    em,
    'insert into variable_definition (id, project_id, scope, key, name, type, created_at) values (?, ?, ?, ?, ?, ?, ?) returning *',
    [newId(), viewer.project.id, input.scope, key, name, input.type, new Date()],
  ))!;
}

export async function renameDefinition(em: EntityManager, viewer: Viewer, globalId: string, name: string) {
  const definition = await requireDefinition(em, viewer, globalId);
  return (await selectOne<VariableDefinitionRow>(em, 'update variable_definition set name = ? where id = ? returning *', [boundedText(name, 'name', variableErrors.VARIABLE_NAME_LENGTH, 100), definition.id]))!;
}

/** Deletes a definition and its values on every client or deal of the project. */
export async function deleteDefinition(em: EntityManager, viewer: Viewer, globalId: string) {
  const definition = await requireDefinition(em, viewer, globalId);
  const table = definition.scope === 'CLIENT' ? 'client' : 'deal';
  await em.transactional(async (tx) => {
    await tx.execute(`update ${table} set variables = variables - ? where project_id = ? and variables ->> ? is not null`, [definition.key, viewer.project.id, definition.key]);
    await tx.execute('delete from variable_definition where id = ?', [definition.id]);
  });
  return definition.id;
}

/** One value checked against its type: the JSON value to store, or null to clear. */
export function parseValue(definition: VariableDefinitionRow, raw: string | null | undefined, field: string): string | number | boolean | null {
  const text = raw?.trim() ?? '';
  if (!text) return null;
  const { name } = definition;
  switch (definition.type) {
    case 'TEXT':
      if (text.length > 1000) throw variableErrors.VARIABLE_VALUE_LENGTH(field, { name, max: 1000 });
      return text;
    case 'NUMBER': {
      const number = Number(text.replace(',', '.'));
      if (!/^-?\d+([.,]\d+)?$/.test(text) || !Number.isFinite(number)) throw variableErrors.VARIABLE_VALUE_NOT_NUMBER(field, { name });
      return number;
    }
    case 'DATE': {
      const date = new Date(`${text}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) throw variableErrors.VARIABLE_VALUE_NOT_DATE(field, { name });
      return text;
    }
    case 'BOOLEAN': {
      const lower = text.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return true;
      if (['false', 'no', '0'].includes(lower)) return false;
      throw variableErrors.VARIABLE_VALUE_NOT_BOOLEAN(field, { name });
    }
  }
}

/** Checks every value against the scope's definitions; one unknown key or bad value fails them all. */
export async function checkValues(em: EntityManager, projectId: string, scope: VariableScope, values: readonly VariableValueInput[]) {
  if (values.length > 100) throw variableErrors.VARIABLE_VALUE_COUNT('values', { limit: 100 });
  const definitions = await listDefinitions(em, projectId, scope);
  return values.map((input, index) => {
    const definition = definitions.find((d) => d.key === input.key);
    if (!definition) throw variableErrors.VARIABLE_UNKNOWN(`values.${index}.key`, { scope, key: input.key });
    return { definition, value: parseValue(definition, input.value, `values.${index}.value`) };
  });
}

/** The variables after applying checked changes (null clears). */
export function applyValues(current: VariableValues, changes: readonly CheckedValue[]) {
  const next = { ...current };
  for (const { definition, value } of changes) {
    if (value === null) delete next[definition.key];
    else next[definition.key] = value;
  }
  return next;
}

export async function setClientVariables(app: App, em: EntityManager, viewer: Viewer, input: { clientId: string; values: readonly VariableValueInput[] }) {
  const client = await requireClient(em, viewer, input.clientId);
  const changes = (await checkValues(em, viewer.project.id, 'CLIENT', input.values)).filter(
    ({ definition, value }) => (client.variables[definition.key] ?? null) !== value,
  );
  if (!changes.length) return client;
  const variables = applyValues(client.variables, changes);
  const shown = (value: unknown) => (value === null || value === undefined ? 'empty' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
  return changeClient(
    app,
    em,
    viewer,
    client,
    { set: 'variables = ?', params: [JSON.stringify(variables)] },
    {
      type: 'VARIABLE_SET',
      summary: changes.map(({ definition, value }) => `${definition.name}: ${shown(value)}`).join('; '),
      data: Object.fromEntries(changes.map(({ definition, value }) => [definition.key, { name: definition.name, from: client.variables[definition.key] ?? null, to: value }])),
    },
  );
}

/** Stored values as text, the way the API shows them. */
export const valueText = (value: string | number | boolean | undefined) => (value === undefined ? null : String(value));

/** The definitions with the values of one client or deal. */
export const withValues = (definitions: readonly VariableDefinitionRow[], values: VariableValues): VariableValueModel[] =>
  definitions.map((d) => ({ key: d.key, name: d.name, type: d.type, value: valueText(values[d.key]), system: false }));
