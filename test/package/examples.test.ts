// The server example, run against the built package on a loopback port.
import { spawnSync } from "node:child_process";
import type { Server } from "node:http";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript example, without declarations
import { startServer } from "../../examples/server.mjs";

let server: Server;
let base = "";
beforeAll(async () => {
  server = (await startServer(0)) as Server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("examples/server.mjs", () => {
  it("answers with an SVG chart", async () => {
    const response = await fetch(`${base}/chart.svg?chart=i&y=5,6,4,7,5,6,8,5,6,7,12,6&title=${encodeURIComponent("<Waiting> days")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("&lt;Waiting&gt; days");
  });

  it("answers 400 with the SpcError's message for bad input", async () => {
    const response = await fetch(`${base}/chart.svg?chart=p&y=5,6`);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("analyze: invalid n: expected denominators (one per y) for a p chart, received undefined\n");
  });
});

describe("examples/0*.mjs, run with node as the README says", () => {
  const example = (name: string) => spawnSync(process.execPath, [join(import.meta.dirname, "..", "..", "examples", name)], { encoding: "utf8" });

  it("print what they compute", () => {
    expect(example("01-run-chart.mjs")).toMatchObject({ status: 0, stderr: "", stdout: "median 50.2, 22 useful points\nlongest run 8 (signal above 7), crossings 8 (signal below 7)\nThe process shows non-random variation.\n" });
    expect(example("02-p-chart-with-baseline.mjs")).toMatchObject({ status: 0, stderr: "", stdout: "baseline 2018-04-02 – 2018-05-21: centre line 90.8 %, limits 82.7 – 98.8 %\nruns signal: yes, points outside the limits: 1\n" });
    const phases = example("03-phases-and-exclusions.mjs");
    expect(phases.status).toBe(0);
    expect(phases.stdout).toContain("phase 2 (subgroups 21–30): mean 3.88 days");
    expect(phases.stdout).toContain("subgroup 18 (19.5 days) excluded: true");
  });
});
