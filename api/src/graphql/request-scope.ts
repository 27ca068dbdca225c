import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Context } from '../context.ts';
import { createLoaders, type Loaders } from './loaders.ts';

type Scope = { em: EntityManager; loaders: Loaders };

const lazy = Symbol('request scope');

/**
 * A request's EntityManager fork and loaders, made when a resolver first asks for them: a request that reads no
 * table (`{ __typename }`, `{ me }` of a cached viewer) makes neither. A class, so that every request's context
 * shares one prototype (a fresh prototype a request cost the object's set-up and made every resolver's reads of
 * the context megamorphic); its state sits under a symbol, which Apollo's copy of the context carries along.
 */
class LazyScope implements Scope {
  readonly [lazy]: { app: App; em?: EntityManager; loaders?: Loaders };
  constructor(app: App) {
    this[lazy] = { app };
  }
  get em() {
    const scope = this[lazy];
    return (scope.em ??= scope.app.orm.em.fork());
  }
  get loaders() {
    const scope = this[lazy];
    return (scope.loaders ??= createLoaders(this.em));
  }
}

const lazyScope = (app: App): Scope => new LazyScope(app);

/**
 * `fields` with `em` and `loaders` of their own, made on first use. The accessors sit on the prototype: Apollo
 * copies a context's own properties for each operation (reading, and so making, any lazy one among them).
 */
export function withRequestScope<T extends object>(app: App, fields: T): T & Scope {
  return Object.assign(new LazyScope(app), fields);
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
