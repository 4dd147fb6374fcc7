// The shewhart browser app: a file in, charts out, nothing sent anywhere.
// This module starts the page: the language, the controls, and the last work
// kept in this browser (or the settings in the address). Each concern lives
// in its own module: store (state), openData (data in), render (the page),
// ui/* (controls, points, exports, storage), state/* (pure functions).
import { languageFor } from "./i18n/words.ts";
import { openBytes } from "./openData.ts";
import { applyWords, keptSettings, render } from "./render.ts";
import { settingsFromHash } from "./state/configHash.ts";
import { onRedraw, state, status, w } from "./store.ts";
import { wireControls } from "./ui/controls.ts";
import { wireMenu } from "./ui/pointMenu.ts";
import { loadConfig, loadFile } from "./ui/storage.ts";

async function start(): Promise<void> {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem("shewhart-app:language");
  } catch {
    saved = null;
  }
  state.language = saved === "da" || saved === "en" ? saved : languageFor(navigator.languages ?? [navigator.language]);
  applyWords();
  wireControls();
  wireMenu();
  onRedraw(render);
  // The settings are written a moment after each change (render.ts): at once when the page is left or hidden.
  addEventListener("pagehide", () => keptSettings.flush());
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && keptSettings.flush());
  render();
  const fromHash = location.hash.length > 1 ? settingsFromHash(location.hash) : null;
  const file = await loadFile();
  if (file !== null) {
    const keptHash = loadConfig();
    await openBytes(file.bytes, file.name, fromHash ?? (keptHash === null ? null : settingsFromHash(keptHash)));
    status(w("restored", { file: file.name }));
  } else if (fromHash !== null) state.config = fromHash.config;
}

void start();
