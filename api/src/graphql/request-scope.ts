import type { App, Context } from '../context.ts';
import { createLoaders } from './loaders.ts';

/** A fresh EntityManager fork and loaders: one per HTTP request, and one per subscription event. */
export function requestScope(app: App) {
  const em = app.orm.em.fork();
  return { em, loaders: createLoaders(em) };
}

const eventScopes = new WeakMap<object, ReturnType<typeof requestScope>>();

/**
 * Subscriptions live long: each event is resolved against fresh rows, never a stale identity map. One scope per
 * event object, shared by every subscriber it reaches on this node (all are of its topic, so entitled to the same
 * rows): a thousand operators on one project's inbox cost one load of each row, not a thousand.
 */
export function renewScope(ctx: Context, event: object) {
  let scope = eventScopes.get(event);
  if (!scope) {
    scope = requestScope(ctx.app);
    eventScopes.set(event, scope);
  }
  return Object.assign(ctx, scope);
}
