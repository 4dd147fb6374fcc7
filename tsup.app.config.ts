import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

// The browser app (src/app → dist/app): one self-contained script with the
// library bundled in from its source through the public entry point names,
// plus the static files of src/app/public (index.html, app.css). Built after
// the library (npm run build), into its own folder, with relative paths only.
const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  entry: { app: "src/app/main.ts" },
  outDir: "dist/app",
  format: ["iife"],
  platform: "browser",
  target: "es2022",
  // APP_MINIFY=0 keeps the names, for reading CPU profiles of the app (bench/app.mjs, BENCH_PROFILE).
  minify: process.env["APP_MINIFY"] !== "0",
  sourcemap: false,
  dts: false,
  clean: true,
  noExternal: [/.*/],
  publicDir: "src/app/public",
  outExtension: () => ({ js: ".js" }),
  esbuildOptions(options) {
    options.alias = {
      "shewhart/svg": source("./src/svg/index.ts"),
      "shewhart/io": source("./src/io/index.ts"),
      shewhart: source("./src/index.ts"),
    };
  },
});
