import type { AppConfig } from "../state/config.ts";

// The last work stays in this browser only: the file's bytes in IndexedDB
// (no size limit worth speaking of), the settings in localStorage. Nothing
// leaves the machine; "forget my data" deletes both.

const database = "shewhart-app";
const store = "files";
const configKey = "shewhart-app:config";

/** The last file opened: its name and bytes. */
export interface SavedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(store, mode).objectStore(store));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function saveFile(file: SavedFile): Promise<void> {
  await transact("readwrite", (s) => s.put({ name: file.name, bytes: file.bytes.slice().buffer }, "last"));
}

export async function loadFile(): Promise<SavedFile | null> {
  try {
    const value = (await transact("readonly", (s) => s.get("last"))) as { name: string; bytes: ArrayBuffer } | undefined;
    return value === undefined ? null : { name: value.name, bytes: new Uint8Array(value.bytes) };
  } catch {
    return null;
  }
}

export function saveConfig(hash: string): void {
  try {
    localStorage.setItem(configKey, hash);
  } catch {
    // Storage full or switched off: the work is simply not kept.
  }
}

export function loadConfig(): string | null {
  try {
    return localStorage.getItem(configKey);
  } catch {
    return null;
  }
}

/** Deletes everything the app keeps: the file and the settings. */
export async function forgetAll(): Promise<void> {
  try {
    localStorage.removeItem(configKey);
  } catch {
    // nothing kept
  }
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(database);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

export type { AppConfig };
