import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    setupFiles: ["test/setup.ts"],
    projects: [
      {
        extends: true,
        // Examples import "shewhart" as users do; unit tests resolve it to the source.
        resolve: { alias: { "shewhart/svg": new URL("./src/svg/index.ts", import.meta.url).pathname, "shewhart/io": new URL("./src/io/index.ts", import.meta.url).pathname, shewhart: new URL("./src/index.ts", import.meta.url).pathname } },
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/**/*.prop.test.ts", "test/package/**", "test/browser/**", "test/huge/**"], testTimeout: 30_000 },
      },
      {
        extends: true,
        resolve: { alias: { shewhart: new URL("./src/index.ts", import.meta.url).pathname } },
        test: { name: "prop", include: ["test/**/*.prop.test.ts"], testTimeout: 900_000 },
      },
      {
        extends: true,
        test: {
          name: "types",
          include: [],
          typecheck: { enabled: true, only: true, include: ["test/types/**/*.test-d.ts"], tsconfig: "tsconfig.test.json" },
        },
      },
      {
        extends: true,
        test: { name: "huge", include: ["test/huge/**/*.huge.test.ts"], testTimeout: 600_000 },
      },
      {
        extends: true,
        test: { name: "browser", include: ["test/browser/**/*.browser.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: "package", include: ["test/package/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 },
      },
    ],
  },
});
