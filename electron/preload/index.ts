import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '@shared/ipc/client';

// The page gets the contract's client and nothing else: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'assay',
  createClient((channel, input) => ipcRenderer.invoke(channel, input)),
);
