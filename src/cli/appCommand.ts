import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startAppServer, type AppServer } from "./appServer.ts";
import { CliError, type CliIo } from "./io.ts";

/** Options of `shewhart app`, as commander gives them. */
export interface AppOptions {
  readonly port?: string;
  readonly open?: boolean;
  /** The built app's folder (tests); by default `app/` beside the built CLI. */
  readonly root?: string;
}

/**
 * `shewhart app`: serves the browser app (dist/app) on 127.0.0.1 and prints
 * its URL. The data never leaves the browser: the server only hands out the
 * app's own static files. `--open` tries the system's browser and never fails.
 */
export async function appCommand(options: AppOptions, io: CliIo): Promise<AppServer> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${options.port}: expected a whole number from 0 to 65535`, 2);
  const root = options.root ?? fileURLToPath(new URL("./app/", import.meta.url));
  if (!existsSync(`${root}/index.html`)) throw new CliError(`the app is not built (no ${root}/index.html): run npm run build`, 1);
  let app: AppServer;
  try {
    app = await startAppServer(root, port);
  } catch (error) {
    throw new CliError(`cannot serve the app on port ${port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
  }
  io.stdout.write(`shewhart app: ${app.url}\n(the data you open stays in your browser; press Ctrl+C to stop)\n`);
  if (options.open === true) openBrowser(app.url, io);
  return app;
}

/** Opens a URL in the default browser if the system has a way to; only a note on stderr when not. */
function openBrowser(url: string, io: CliIo): void {
  const [command, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(command as string, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => io.stderr.write(`could not open a browser: open ${url} yourself\n`));
    child.unref();
  } catch {
    io.stderr.write(`could not open a browser: open ${url} yourself\n`);
  }
}
