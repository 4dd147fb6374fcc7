// The server example, run against the built package on a loopback port.
import type { Server } from "node:http";
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
