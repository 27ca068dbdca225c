// A request makes its EntityManager fork and loaders only when a resolver first asks for them, even though Apollo
// copies the context object for each operation.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { App } from '../context.ts';
import { withRequestScope } from './request-scope.ts';

function countingApp() {
  const forks: EntityManager[] = [];
  const app = { orm: { em: { fork: () => (forks.push({} as EntityManager), forks.at(-1)!) } } } as unknown as App;
  return { app, forks };
}

// What Apollo Server does to a context before running the operation (ApolloServer.js, cloneObject).
const copied = <T extends object>(context: T): T => Object.assign(Object.create(Object.getPrototypeOf(context) as object) as T, context);

describe('the request scope', () => {
  it('makes no fork and no loaders for a request that reads nothing, though Apollo copies the context', () => {
    const { app, forks } = countingApp();
    const context = copied(withRequestScope(app, { viewer: null }));
    expect(context.viewer).toBeNull();
    expect(forks).toHaveLength(0);
  });

  it('makes one fork on first use, shared by the loaders and by every copy of the context', () => {
    const { app, forks } = countingApp();
    const context = withRequestScope(app, { viewer: null });
    const copy = copied(context);
    expect(copy.loaders.client).toBeDefined();
    expect(forks).toHaveLength(1);
    expect(context.em).toBe(copy.em);
    expect(context.loaders).toBe(copy.loaders);
    expect(forks).toHaveLength(1);
  });

  it("gives every request's context the same prototype, so resolvers' reads of it stay fast", () => {
    const { app } = countingApp();
    const first = withRequestScope(app, { viewer: null });
    const second = copied(withRequestScope(app, { viewer: null }));
    expect(Object.getPrototypeOf(second)).toBe(Object.getPrototypeOf(first));
  });
});
