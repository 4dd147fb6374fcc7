import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", svg: "src/svg/index.ts", io: "src/io/index.ts", cli: "src/cli/main.ts", batchWorker: "src/cli/batchWorker.ts" },
  format: ["esm", "cjs"],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "neutral",
});
