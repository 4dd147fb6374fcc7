import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", svg: "src/svg/index.ts", io: "src/io/index.ts", cli: "src/cli/main.ts", batchWorker: "src/cli/batchWorker.ts" },
  format: ["esm", "cjs"],
  // The CLI entries use Node's modules; the core, svg and io floors are kept free of them by `npm run typecheck` (tsconfig.json has no Node types).
  dts: { compilerOptions: { types: ["node"] } },
  splitting: true,
  sourcemap: true,
  // dist/app is the app's build (tsup.app.config.ts): a library-only build (bench scripts) leaves it in place.
  clean: ["!app/**"],
  target: "node20",
  platform: "neutral",
});
