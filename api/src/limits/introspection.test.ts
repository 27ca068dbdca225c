// The introspection check remembers its answer per parsed document: a document is never let through because
// another one, or the same text parsed anew, was.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../graphql/schema.ts';
import { introspectionRefusal } from './introspection.ts';

describe('the introspection check', () => {
  it('refuses a document asking for the schema every time, however often a harmless one was let through', () => {
    const harmless = parse('{ __typename }');
    const asking = parse('{ __typename __schema { queryType { name } } }');
    for (let i = 0; i < 3; i++) {
      expect(introspectionRefusal(schema, harmless)).toBeNull();
      expect(introspectionRefusal(schema, asking)?.message).toMatch(/^Introspection is for signed-in callers/);
    }
  });

  it('checks a changed document again: the same text with a field added is refused', () => {
    const document = parse('{ __typename }');
    expect(introspectionRefusal(schema, document)).toBeNull();
    const changed = parse('{ __typename __type(name: "Client") { name } }');
    expect(introspectionRefusal(schema, changed)).not.toBeNull();
    expect(introspectionRefusal(schema, parse('{ __typename }'))).toBeNull();
  });
});
