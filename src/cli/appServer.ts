import { readFile, realpath, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, sep } from "node:path";

/**
 * The app's Content-Security-Policy: everything from the app's own origin and
 * nothing else — no CDN, fonts, analytics or inline scripts. Images may come
 * from `blob:` URLs the page makes itself (the PNG export draws the chart's
 * SVG on a canvas); style attributes are allowed because the charts carry one.
 * The same policy is in index.html as a meta tag, for static hosts.
 */
export const appContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** A running app server and the URL it answers on. */
export interface AppServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built app's static files from `root` on 127.0.0.1: only GET and
 * HEAD, only files inside `root` (no listing, no symlinks out), with their
 * content type, the CSP header and `nosniff`. Port 0 picks a free port.
 */
export async function startAppServer(root: string, port: number): Promise<AppServer> {
  const base = await realpath(root);
  const server = createServer((request, response) => {
    const headers = { "content-security-policy": appContentSecurityPolicy, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "cache-control": "no-cache" };
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { ...headers, allow: "GET, HEAD" }).end();
      return;
    }
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      } catch {
        response.writeHead(400, headers).end();
        return;
      }
      if (pathname.endsWith("/")) pathname += "index.html";
      try {
        const path = await realpath(join(base, pathname));
        if (!path.startsWith(base + sep) || !(await stat(path)).isFile()) throw new Error("outside");
        const body = await readFile(path);
        response.writeHead(200, { ...headers, "content-type": contentTypes[extname(path).toLowerCase()] ?? "application/octet-stream", "content-length": body.length });
        response.end(request.method === "HEAD" ? undefined : body);
      } catch {
        response.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
