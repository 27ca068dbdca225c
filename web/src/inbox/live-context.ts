import { createContext, useContext } from 'solid-js';
import type { Live } from './graphql-client.ts';

export const LiveContext = createContext<Live>();

export const useLive = (): Live => {
  const live = useContext(LiveContext);
  if (!live) throw new Error('useLive() outside <LiveContext.Provider>');
  return live;
};
