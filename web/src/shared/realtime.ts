// Helpers shared by the inbox's and the widget's graphql-ws clients.

export const graphqlWsUrl = (): string => `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;

// Exponential backoff capped at 15 s, with jitter so a restarted server is not hit by every tab at once.
export const retryWait = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(15_000, 500 * 2 ** retries) + Math.random() * 1000));

export const closeCode = (event: unknown): number | undefined =>
  typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined;

// 1000 is graphql-ws's lazy close after the last subscription ended: nothing can have been missed.
export const NORMAL_CLOSE = 1000;
