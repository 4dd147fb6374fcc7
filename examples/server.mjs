// Server-side rendering: an HTTP handler that analyses a series given in the query string and
// answers with the chart as SVG — no DOM, no browser. Run: node examples/server.mjs, then open
// http://127.0.0.1:8080/chart.svg?chart=i&y=5,6,4,7,5,6,8,5,6,7,12,6
import { createServer } from "node:http";
import { analyze, isSpcError } from "shewhart";
import { renderSvg } from "shewhart/svg";

/** Answers GET /chart.svg?chart=…&y=1,2,3[&n=…][&title=…][&locale=…]. */
export function chartHandler(request, response) {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname !== "/chart.svg") {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
    return;
  }
  const list = (name) => url.searchParams.get(name)?.split(",").map((v) => (v === "" ? null : Number(v)));
  const n = list("n");
  try {
    const result = analyze({ chart: url.searchParams.get("chart") ?? "run", y: list("y") ?? [], ...(n === undefined ? {} : { n }) });
    const title = url.searchParams.get("title");
    const svg = renderSvg(result, { ...(title === null ? {} : { title }), locale: url.searchParams.get("locale") ?? "en-GB" });
    response.writeHead(200, { "content-type": "image/svg+xml; charset=utf-8" }).end(svg);
  } catch (error) {
    if (!isSpcError(error)) throw error;
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`${error.message}\n`);
  }
}

/** Starts the example server; resolves with it once it listens. */
export function startServer(port = 8080, host = "127.0.0.1") {
  const server = createServer(chartHandler);
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer(Number(process.env.PORT ?? 8080));
  const address = server.address();
  console.log(`http://127.0.0.1:${address.port}/chart.svg?chart=i&y=5,6,4,7,5,6,8,5,6,7,12,6`);
}
