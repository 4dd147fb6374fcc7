// Data in: a file's bytes read through the reading layer, columns proposed.
import { isSpcError } from "shewhart";
import { readErrorText, readTable, type Table } from "./readFile.ts";
import { emptyConfig, type AppConfig } from "./state/config.ts";
import { settingsFromHash, type HashSettings } from "./state/configHash.ts";
import { proposeColumns, type Role } from "./state/proposeColumns.ts";
import { baselineEnd, rerender, state, status, w } from "./store.ts";
import { saveFile } from "./ui/storage.ts";

/** Reads a file's bytes with the reading choices of `config` (detected where it has none); null, and said in the status line, when they cannot be read. */
async function readWith(bytes: Uint8Array, config: AppConfig): Promise<Table | null> {
  try {
    const start = performance.now();
    const table = await readTable(bytes, { ...(config.encoding === "" ? {} : { encoding: config.encoding }), ...(config.separator === "" ? {} : { separator: config.separator }) });
    performance.measure("app:read", { start, end: performance.now() });
    return table;
  } catch (error) {
    if (!isSpcError(error)) throw error;
    status(w("readError", { message: readErrorText(error, state.language) }));
    return null;
  }
}

/** Whether two files have the same columns: the same headers in the same order. */
function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, k) => name === b[k]);
}

/**
 * Opens a file's bytes: reads them (with the reading choices of `keep`),
 * proposes the columns (keeping those of `keep` that the file has) and keeps
 * the file in the browser's storage. A file with the same columns as the one
 * open before — next week's export of the same indicator — keeps its settings
 * (chart, baseline, phases, exclusions, …), and the status line says so.
 */
export async function openBytes(bytes: Uint8Array, name: string, settings: HashSettings | null, pasted = false): Promise<void> {
  let keep = settings?.config ?? null;
  const before = state.table === null ? null : { header: state.table.header, config: state.config, chartChosen: state.chartChosen, multiplyChosen: state.multiplyChosen, baselineEndsAt: baselineEnd() };
  let table = await readWith(bytes, keep ?? emptyConfig);
  if (table === null) return;
  const kept = keep === null && before !== null && sameColumns(before.header, table.header);
  if (kept) {
    keep = before.config;
    // The reading choices made for the file before apply to this one too.
    if (keep.encoding !== "" || keep.separator !== "") {
      table = await readWith(bytes, keep);
      if (table === null) return;
    }
  }
  state.loaded = pasted ? { name, bytes, pasted } : { name, bytes };
  state.table = table;
  state.focus = null;
  const proposal = proposeColumns(table);
  const base = keep ?? emptyConfig;
  const column = (role: Role): string => {
    const wanted = base[role];
    return keep !== null && (wanted === "" || table.header.includes(wanted)) ? wanted : proposal[role];
  };
  state.config = { ...base, x: column("x"), y: column("y"), n: column("n"), group: column("group"), notes: column("notes"), phase: column("phase"), freezeColumn: column("freezeColumn") };
  // The baseline ends at the same x in this file as in the one it was set on (render.ts finds it).
  state.baselineEndsAt = kept ? before.baselineEndsAt : (settings?.baselineEndsAt ?? null);
  state.baselineNote = null;
  state.chartChosen = kept ? before.chartChosen : settings !== null && settings.chosen.chart;
  state.multiplyChosen = kept ? before.multiplyChosen : settings !== null && settings.chosen.multiply;
  rerender();
  if (kept) status(withBaselineNote(w("keptSettings", { file: name })));
  else if (state.baselineNote !== null) status(state.baselineNote);
  void saveFile({ name, bytes }).catch(() => undefined);
}

/** Opens a chosen or dropped file. */
export async function openFile(file: File): Promise<void> {
  // Arriving by a colleague's link: the settings in the address apply to the first file opened.
  const keep = state.loaded === null && location.hash.length > 1 ? settingsFromHash(location.hash) : null;
  // Cleared before reading, so that a file that cannot be read keeps its message.
  status("");
  await openBytes(new Uint8Array(await file.arrayBuffer()), file.name, keep);
  // Said, so that a colleague knows where the baseline and phases came from.
  if (keep !== null && state.table !== null) status(withBaselineNote(w("linkSettings", { file: file.name })));
}

/** Reads the open file again with other reading choices. */
export function reread(change: Partial<AppConfig>): void {
  state.config = { ...state.config, ...change };
  if (state.loaded !== null) void openBytes(state.loaded.bytes, state.loaded.name, { config: state.config, chosen: { chart: state.chartChosen, multiply: state.multiplyChosen }, baselineEndsAt: baselineEnd() });
}

/** A status with what finding the kept baseline's end said, when it said something. */
function withBaselineNote(text: string): string {
  return state.baselineNote === null ? text : `${text} ${state.baselineNote}`;
}
