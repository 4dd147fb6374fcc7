// Data in: a file's bytes read through the reading layer, columns proposed.
import { isSpcError } from "shewhart";
import { readErrorText, readTable, type Table } from "./readFile.ts";
import { emptyConfig, type AppConfig } from "./state/config.ts";
import { configFromHash } from "./state/configHash.ts";
import { proposeColumns, type Role } from "./state/proposeColumns.ts";
import { rerender, state, status, w } from "./store.ts";
import { saveFile } from "./ui/storage.ts";

/**
 * Opens a file's bytes: reads them (with the reading choices of `keep`),
 * proposes the columns (keeping those of `keep` that the file has) and keeps
 * the file in the browser's storage.
 */
export async function openBytes(bytes: Uint8Array, name: string, keep: AppConfig | null): Promise<void> {
  let table: Table;
  try {
    const c = keep ?? emptyConfig;
    const start = performance.now();
    table = await readTable(bytes, { ...(c.encoding === "" ? {} : { encoding: c.encoding }), ...(c.separator === "" ? {} : { separator: c.separator }) });
    performance.measure("app:read", { start, end: performance.now() });
  } catch (error) {
    if (!isSpcError(error)) throw error;
    status(w("readError", { message: readErrorText(error, state.language) }));
    return;
  }
  state.loaded = { name, bytes };
  state.table = table;
  state.focus = null;
  const proposal = proposeColumns(table);
  const base = keep ?? emptyConfig;
  const column = (role: Role): string => {
    const wanted = base[role];
    return keep !== null && (wanted === "" || table.header.includes(wanted)) ? wanted : proposal[role];
  };
  state.config = { ...base, x: column("x"), y: column("y"), n: column("n"), group: column("group"), notes: column("notes"), phase: column("phase"), freezeColumn: column("freezeColumn") };
  state.chartChosen = keep !== null && keep.chart !== emptyConfig.chart;
  state.multiplyChosen = keep !== null && keep.multiply !== emptyConfig.multiply;
  rerender();
  void saveFile({ name, bytes }).catch(() => undefined);
}

/** Opens a chosen or dropped file. */
export async function openFile(file: File): Promise<void> {
  // Arriving by a colleague's link: the settings in the address apply to the first file opened.
  const keep = state.loaded === null && location.hash.length > 1 ? configFromHash(location.hash) : null;
  // Cleared before reading, so that a file that cannot be read keeps its message.
  status("");
  await openBytes(new Uint8Array(await file.arrayBuffer()), file.name, keep);
}

/** Reads the open file again with other reading choices. */
export function reread(change: Partial<AppConfig>): void {
  state.config = { ...state.config, ...change };
  if (state.loaded !== null) void openBytes(state.loaded.bytes, state.loaded.name, state.config);
}
