import type { Viewer } from '../context.ts';
import { topics, type PubSub, type RevocationMessage, type ViewerChangedMessage } from '../pubsub/pubsub.ts';

/**
 * Who a bearer token is, remembered for a few seconds (`AUTH_CACHE_MS`, 5,000 by default; 0 turns it off) so that
 * a request costs no token query. Never longer than that, nor past the token's expiry; dropped at once on this
 * node and, through pub/sub, on every other when the token is revoked (`topics.revocations`) or the operator's
 * role or the project's settings change (`topics.viewers`). What a viewer is shown (`me { operator }`) is read
 * fresh; the cached rows only say who is calling and what they may do.
 */
export type ViewerCache = ReturnType<typeof createViewerCache>;

type Entry = { viewer: Viewer; until: number };

export function createViewerCache(ttlMs = Number(process.env.AUTH_CACHE_MS ?? 5000), maxEntries = 10_000) {
  const byHash = new Map<string, Entry>();
  // Bumped by every drop: a lookup that began before a revocation must not store what it read.
  let generation = 0;

  const drop = (matches: (viewer: Viewer) => boolean) => {
    generation++;
    for (const [hash, entry] of byHash) if (matches(entry.viewer)) byHash.delete(hash);
  };

  return {
    get(hash: string): Viewer | null {
      const entry = byHash.get(hash);
      if (!entry) return null;
      if (entry.until > Date.now()) return entry.viewer;
      byHash.delete(hash);
      return null;
    },
    /** The generation to hand back to `set` after looking a token up. */
    get generation() {
      return generation;
    },
    /** Stores a looked-up viewer, unless anything was dropped since the lookup began (`since`). */
    set(hash: string, viewer: Viewer, since: number) {
      if (ttlMs <= 0 || since !== generation) return;
      const until = Math.min(Date.now() + ttlMs, viewer.expiresAt?.getTime() ?? Infinity);
      if (byHash.size >= maxEntries) byHash.delete(byHash.keys().next().value!);
      byHash.set(hash, { viewer: { ...viewer, cached: true }, until });
    },
    dropTokens(tokenIds: readonly string[]) {
      const ids = new Set(tokenIds);
      drop((viewer) => ids.has(viewer.tokenId));
    },
    dropChanged({ operatorId, projectId }: ViewerChangedMessage) {
      drop((viewer) => (operatorId !== undefined && viewer.operator?.id === operatorId) || (projectId !== undefined && viewer.project.id === projectId));
    },
    /** Listens for other nodes' revocations and changes; answers the function that stops listening. */
    async listen(pubsub: PubSub) {
      const revocations = await pubsub.subscribe<RevocationMessage>(topics.revocations);
      const changes = await pubsub.subscribe<ViewerChangedMessage>(topics.viewers);
      const run = async <T>(events: AsyncIterableIterator<T>, handle: (event: T) => void) => {
        for await (const event of events) handle(event);
      };
      const done = Promise.all([run(revocations, ({ tokenId }) => this.dropTokens([tokenId])), run(changes, (change) => this.dropChanged(change))]).catch(
        (error: unknown) => console.error('[auth] viewer cache listener failed', error),
      );
      return async () => {
        await Promise.all([revocations.return?.(), changes.return?.()]);
        await done;
      };
    },
  };
}
