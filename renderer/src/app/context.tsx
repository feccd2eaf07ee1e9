import { createContext, useContext } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import type { Store } from '../db';

export interface AppContextValue {
  store: Store;
  info: AppInfo;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}
