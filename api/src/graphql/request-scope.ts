import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Context } from '../context.ts';
import { createLoaders, type Loaders } from './loaders.ts';

type Scope = { em: EntityManager; loaders: Loaders };

/**
 * A request's EntityManager fork and loaders, made when a resolver first asks for them: a request that reads no
 * table (`{ __typename }`, `{ me }` of a cached viewer) makes neither.
 */
function lazyScope(app: App): Scope {
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  return {
    get em() {
      return (em ??= app.orm.em.fork());
    },
    get loaders() {
      return (loaders ??= createLoaders(this.em));
    },
  };
}

/**
 * `fields` with `em` and `loaders` of their own, made on first use. The accessors sit on the prototype: Apollo
 * copies a context's own properties for each operation (reading, and so making, any lazy one among them).
 */
export function withRequestScope<T extends object>(app: App, fields: T): T & Scope {
  return Object.assign(Object.create(lazyScope(app)) as Scope, fields);
}

// Accessors on the context that read the scope's (lazy) ones; a later delegate replaces them.
function delegate<T extends object>(target: T, scope: Scope): T & Scope {
  const field = (name: keyof Scope): PropertyDescriptor => ({ get: () => scope[name], enumerable: true, configurable: true });
  return Object.defineProperties(target, { em: field('em'), loaders: field('loaders') }) as T & Scope;
}

/** Gives `ctx` a new lazy scope, letting go of the one it had (a subscription's, once it listens). */
export const releaseScope = <T extends { app: App }>(ctx: T) => delegate(ctx, lazyScope(ctx.app));

const eventScopes = new WeakMap<object, Scope>();

/**
 * Subscriptions live long: each event is resolved against fresh rows, never a stale identity map. One scope per
 * event object, shared by every subscriber it reaches on this node (all are of its topic, so entitled to the same
 * rows): a thousand operators on one project's inbox cost one load of each row, not a thousand.
 */
export function renewScope(ctx: Context, event: object) {
  let scope = eventScopes.get(event);
  if (!scope) {
    scope = lazyScope(ctx.app);
    eventScopes.set(event, scope);
  }
  return delegate(ctx, scope);
}
