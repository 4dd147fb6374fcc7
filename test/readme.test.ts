// The README's library example, run as written: it must draw exactly the picture shown beside it
// (docs/images/p-weekly-da.png is made from the golden test/svg/__golden__/p-weekly-da.svg).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as core from "../src/index.ts";
import * as svg from "../src/svg/index.ts";

const root = join(import.meta.dirname, "..");

it("the README's library example draws the golden p-weekly-da picture", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = /```ts\n(import \{ analyze, summary, isSpcError \} from "shewhart";[\s\S]*?)```/.exec(readme)?.[1];
  expect(block).toBeDefined();
  // The block is plain JavaScript once its imports are given as arguments.
  const body = block!.replace(/^import .*$/gm, "");
  const run = new Function("analyze", "summary", "isSpcError", "renderSvg", `${body}\nreturn svg;`) as (...args: unknown[]) => string;
  const drawn = run(core.analyze, core.summary, core.isSpcError, svg.renderSvg);
  expect(drawn).toBe(readFileSync(join(root, "test", "svg", "__golden__", "p-weekly-da.svg"), "utf8"));
});
