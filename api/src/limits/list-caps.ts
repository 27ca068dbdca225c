import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, parse, valueFromASTUntyped } from 'graphql';
import { selectOne } from '../db/rows.ts';
import type { UserError } from '../graphql/errors.ts';
import { typeDefs } from '../graphql/type-defs.ts';

// A plain list's cap is declared once, in the schema (`@listSize(assumedSize: N)` on `Type.field`), where callers
// read it and the operation cost counts it; the services that fill the list refuse to pass it, from here.
const caps = new Map<string, number>();
for (const source of typeDefs) {
  for (const definition of parse(source).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const size = field.directives?.find((directive) => directive.name.value === 'listSize')?.arguments?.find((argument) => argument.name.value === 'assumedSize');
      if (size) caps.set(`${definition.name.value}.${field.name.value}`, valueFromASTUntyped(size.value) as number);
    }
  }
}

/** The documented cap of a plain list, e.g. `listCap('Query.teams')`. */
export function listCap(field: string): number {
  const cap = caps.get(field);
  if (cap === undefined) throw new Error(`${field} declares no @listSize(assumedSize:) in schema/.`);
  return cap;
}

/** A feature's refusal of a list at its cap (e.g. `teamErrors.TEAM_LIMIT`), given the cap as `limit`. */
export type LimitRefusal = (field: string | null, values: { limit: number }) => UserError;

/**
 * Refuses (`refuse`, nothing changed) to add `adding` more to a list that `count` (a `select count(*) … as n`)
 * finds holding them already, past the list's cap, e.g. "A project has at most 30 teams."
 */
export async function requireRoom(em: EntityManager, field: string, count: [sql: string, params: unknown[]], refuse: LimitRefusal, inputField: string | null = null, adding = 1) {
  const cap = listCap(field);
  const found = await selectOne<{ n: number }>(em, count[0], count[1]);
  if ((found?.n ?? 0) + adding > cap) throw refuse(inputField, { limit: cap });
}

/** Refuses (`refuse`) an input list longer than the cap of the list it fills. */
export function requireAtMost(field: string, items: readonly unknown[], refuse: LimitRefusal, inputField: string) {
  const cap = listCap(field);
  if (items.length > cap) throw refuse(inputField, { limit: cap });
}
