import { GraphQLError, Kind, visit, BREAK, type DocumentNode, type ValueNode } from 'graphql';
import { reasonOf } from './errors.ts';

// Characters that no text input may hold, whatever the field: C0 controls other than tab, line feed and carriage
// return, DEL, C1 controls, and UTF-16 surrogates without their pair (JSON can carry them; PostgreSQL and every
// messenger refuse them). They are refused, not silently removed: the caller learns which field to clean.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first unsafe character of `text` as `U+XXXX`, or null. */
export function unsafeCharacter(text: string): string | null {
  // No `u` flag: the pattern reads UTF-16 code units, so a surrogate without its pair is found.
  const match = unsafe.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

export const unsafeInput = (path: string, character: string) =>
  new GraphQLError(`${path} holds a control character (${character}): remove it and send again.`, {
    extensions: { code: 'BAD_USER_INPUT', field: path, ...reasonOf('REQUEST_CONTROL_CHARACTER', { path }), http: { status: 400 } },
  });

/**
 * One check for every text input of an operation, literal or variable, before anything runs: the first unsafe
 * character found, as a BAD_USER_INPUT error naming the argument path (`input.text`), or null.
 */
export function checkInputs(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  // Without variables the answer is the document's: a cached document (thousands of sockets subscribe with the same
  // one) is walked once.
  if (variables && Object.keys(variables).length) return walk(document, variables);
  let known = withoutVariables.get(document);
  if (known === undefined) withoutVariables.set(document, (known = walk(document, undefined)));
  return known;
}

const withoutVariables = new WeakMap<DocumentNode, GraphQLError | null>();

function walk(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  let found: GraphQLError | null = null;
  const raw = (value: unknown, path: string): boolean => {
    if (typeof value === 'string') {
      const character = unsafeCharacter(value);
      if (character) found = unsafeInput(path, character);
    } else if (Array.isArray(value)) {
      value.some((item, index) => raw(item, `${path}[${index}]`));
    } else if (value && typeof value === 'object') {
      Object.entries(value).some(([key, item]) => raw(item, `${path}.${key}`));
    }
    return found !== null;
  };
  const literal = (value: ValueNode, path: string): boolean => {
    if (value.kind === Kind.STRING) return raw(value.value, path);
    if (value.kind === Kind.LIST) return value.values.some((item, index) => literal(item, `${path}[${index}]`));
    if (value.kind === Kind.OBJECT) return value.fields.some((field) => literal(field.value, `${path}.${field.name.value}`));
    if (value.kind === Kind.VARIABLE) return raw(variables?.[value.name.value], path);
    return false;
  };
  visit(document, {
    Argument: (node) => (literal(node.value, node.name.value) ? BREAK : undefined),
    VariableDefinition: (node) => (node.defaultValue && literal(node.defaultValue, `$${node.variable.name.value}`) ? BREAK : undefined),
  });
  return found;
}
