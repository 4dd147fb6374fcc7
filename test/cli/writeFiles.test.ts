// Safe writes into a folder others can write to (#13 items 1 and 6): exclusive random temporaries, symlinks never followed, a lock, leftovers removed.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CliError } from "../../src/cli/io.ts";
import { lockFolder, lockName } from "../../src/cli/outputLock.ts";
import { holdFolder, stageFile, writeFiles } from "../../src/cli/writeFiles.ts";

// The temporary names come from crypto.randomBytes: fixed here only when a test plants a file at the very name the next write will use.
const fixed = vi.hoisted(() => ({ bytes: null as Buffer | null }));
vi.mock("node:crypto", async (original) => {
  const crypto = await original<typeof import("node:crypto")>();
  return { ...crypto, randomBytes: (size: number) => fixed.bytes ?? crypto.randomBytes(size) };
});

let folder = "";
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "shewhart-write-"));
});
afterEach(() => {
  fixed.bytes = null;
  rmSync(folder, { recursive: true, force: true });
});

const error = (f: () => unknown): CliError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error("no error");
};

/** The pid of a process that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ["-e", "0"]).pid as number;

describe("writeFiles", () => {
  it("replaces a symbolic link planted at the final name instead of writing through it", () => {
    const out = join(folder, "out");
    mkdirSync(out);
    writeFileSync(join(folder, "victim"), "precious");
    symlinkSync(join(folder, "victim"), join(out, "a.svg"));
    writeFiles(out, [{ name: "a.svg", content: "<svg/>" }]);
    expect(readFileSync(join(folder, "victim"), "utf8")).toBe("precious");
    expect(lstatSync(join(out, "a.svg")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, "a.svg"), "utf8")).toBe("<svg/>");
  });

  it("never writes through a symbolic link at the temporary name: created exclusively, it is refused", () => {
    const out = join(folder, "out");
    mkdirSync(out);
    writeFileSync(join(folder, "victim"), "precious");
    fixed.bytes = Buffer.from("0123456789abcdef", "hex");
    // Planted under a name that is not a leftover of an earlier run (those are removed first): the exact next temporary.
    symlinkSync(join(folder, "victim"), join(out, "a.txt.tmp-0123456789abcdef"));
    const e = error(() => writeFiles(out, [{ name: "a.txt", content: "<svg/>" }]));
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain("cannot write");
    expect(readFileSync(join(folder, "victim"), "utf8")).toBe("precious");
    expect(existsSync(join(out, "a.txt"))).toBe(false);
  });

  it("uses unpredictable temporary names (not the pid): a link planted at <name>.tmp-<pid> is never followed", () => {
    const out = join(folder, "out");
    mkdirSync(out);
    writeFileSync(join(folder, "victim"), "precious");
    symlinkSync(join(folder, "victim"), join(out, `index.html.tmp-${process.pid}`));
    writeFiles(out, [{ name: "index.html", content: "<html>" }]);
    expect(readFileSync(join(folder, "victim"), "utf8")).toBe("precious");
    expect(lstatSync(join(out, "index.html")).isFile()).toBe(true);
  });

  it("removes the temporary files an interrupted run left, and leaves none of its own", () => {
    const out = join(folder, "out");
    mkdirSync(out);
    writeFileSync(join(out, "a.svg.tmp-12345"), "half");
    writeFileSync(join(out, "index.html.tmp-9f3a0c11d2e4b577"), "half");
    writeFileSync(join(out, "notes.txt"), "mine");
    writeFiles(out, [{ name: "b.svg", content: "<svg/>" }]);
    expect(readdirSync(out).sort()).toEqual(["b.svg", "notes.txt"]);
  });

  it("refuses while another live run holds the folder, and takes over the lock of a dead one", () => {
    const out = join(folder, "out");
    mkdirSync(out);
    writeFileSync(join(out, lockName), `${process.pid}\n${hostname()}\n`);
    const e = error(() => writeFiles(out, [{ name: "a.svg", content: "<svg/>" }]));
    expect(e.message).toBe(`another shewhart run is writing into ${out} (pid ${process.pid}); remove ${join(out, lockName)} if it is stale`);
    expect(existsSync(join(out, "a.svg"))).toBe(false);
    writeFileSync(join(out, lockName), `${deadPid()}\n${hostname()}\n`);
    writeFiles(out, [{ name: "a.svg", content: "<svg/>" }]);
    expect(readdirSync(out)).toEqual(["a.svg"]);
  });

  it("never shows a lock without its holder: the lock appears whole, by a link from a temporary file", () => {
    const out = join(folder, "out");
    mkdirSync(out);
    const release = lockFolder(out);
    // The lock holds this run at once; the temporary file it was linked from is gone.
    expect(readFileSync(join(out, lockName), "utf8")).toBe(`${process.pid}\n${hostname()}\n`);
    expect(readdirSync(out)).toEqual([lockName]);
    release();
    expect(readdirSync(out)).toEqual([]);
    // A lock's temporary file left by a run killed before linking it is removed by the next run.
    writeFileSync(join(out, `${lockName}.tmp-0123456789abcdef`), "1\nhost\n");
    writeFiles(out, [{ name: "a.svg", content: "<svg/>" }]);
    expect(readdirSync(out)).toEqual(["a.svg"]);
  });

  it("does not follow a symbolic link planted at the lock's name", () => {
    const out = join(folder, "out");
    mkdirSync(out);
    writeFileSync(join(folder, "victim"), "precious");
    symlinkSync(join(folder, "victim"), join(out, lockName));
    expect(error(() => writeFiles(out, [{ name: "a.svg", content: "x" }])).message).toContain("another shewhart run is writing into");
    expect(readFileSync(join(folder, "victim"), "utf8")).toBe("precious");
  });

  it("says in one line when the folder is a file or cannot be created, and does not spin on /proc/self/x", () => {
    writeFileSync(join(folder, "file"), "");
    expect(error(() => writeFiles(join(folder, "file"), [{ name: "a.svg", content: "x" }])).message).toBe(`cannot use the folder ${join(folder, "file")}: it is a file, not a folder`);
    expect(error(() => writeFiles(join(folder, "file", "sub"), [{ name: "a.svg", content: "x" }])).message).toContain("a part of the path is a file");
    if (process.platform === "linux") {
      const started = Date.now();
      expect(error(() => writeFiles("/proc/self/x", [{ name: "a.svg", content: "x" }])).message).toBe("cannot create the folder /proc/self/x: no such file or folder (ENOENT)");
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it("refuses a folder at a file's name in one line", () => {
    const out = join(folder, "out");
    mkdirSync(join(out, "a.svg"), { recursive: true });
    expect(error(() => writeFiles(out, [{ name: "a.svg", content: "x" }])).message).toBe(`cannot write ${join(out, "a.svg")}: a folder has that name`);
    expect(readdirSync(out)).toEqual(["a.svg"]);
  });
});

describe("holdFolder and stageFile", () => {
  it("shows no file under its name until every file is staged and committed, and leaves no temporary", () => {
    const out = join(folder, "new", "out");
    const held = holdFolder(out);
    const staged = [stageFile(held.root, "a.svg", "<svg>a</svg>"), stageFile(held.root, "index.html", new TextEncoder().encode("<html>"))];
    expect(readdirSync(out).filter((f) => f !== lockName && !f.includes(".tmp-"))).toEqual([]);
    expect(staged.map(([, target]) => target)).toEqual([join(out, "a.svg"), join(out, "index.html")]);
    held.commit(staged);
    expect(readdirSync(out).sort()).toEqual(["a.svg", "index.html"]);
    expect(readFileSync(join(out, "a.svg"), "utf8")).toBe("<svg>a</svg>");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("<html>");
  });

  it("writes a text given in pieces as the pieces joined, in UTF-8, whether they fill the 1 MiB buffer or exceed it", () => {
    const held = holdFolder(join(folder, "parts"));
    // Multi-byte characters on every side of the buffer's edge, a piece larger than the buffer, and empty pieces.
    const wide = "æøå – 😀 ";
    const pieces = [
      ["<html>", "", "\n"],
      Array.from({ length: 3000 }, (_, k) => `<p>${k} ${wide.repeat(k % 40)}</p>\n`),
      ["a".repeat((1 << 20) - 1), "ø", "b".repeat(3 << 20), "", "å".repeat(600_000), "</html>"],
      // Pieces given as UTF-8 bytes among texts, one larger than the buffer.
      [new TextEncoder().encode("<main>ø"), "\n", new Uint8Array(0), new TextEncoder().encode("c".repeat(1 << 20) + "😀"), "</main>"],
    ];
    const staged = pieces.map((parts, k) => stageFile(held.root, `page-${k}.html`, parts));
    held.commit(staged);
    const text = (parts: readonly (string | Uint8Array)[]): string => parts.map((part) => (typeof part === "string" ? part : new TextDecoder().decode(part))).join("");
    pieces.forEach((parts, k) => expect(readFileSync(join(folder, "parts", `page-${k}.html`), "utf8") === text(parts), `page-${k}.html`).toBe(true));
    expect(readFileSync(join(folder, "parts", "page-1.html")).length).toBe(Buffer.byteLength(text(pieces[1]!)));
  });

  it("abandoned, removes its temporaries and the folders it made, and releases the lock", () => {
    const held = holdFolder(join(folder, "made", "out"));
    stageFile(held.root, "a.svg", "<svg/>");
    held.abandon();
    expect(readdirSync(folder)).toEqual([]);
    // A folder that was there stays, with what it held; only the run's temporaries go.
    const out = join(folder, "kept");
    mkdirSync(out);
    writeFileSync(join(out, "old.svg"), "old");
    const again = holdFolder(out);
    stageFile(again.root, "old.svg", "new");
    again.abandon();
    expect(readdirSync(out)).toEqual(["old.svg"]);
    expect(readFileSync(join(out, "old.svg"), "utf8")).toBe("old");
  });

  it("holds the lock from the start: a second run is refused until the first commits", () => {
    const out = join(folder, "out");
    const held = holdFolder(out);
    expect(error(() => holdFolder(out)).message).toContain("another shewhart run is writing into");
    held.commit([stageFile(held.root, "a.svg", "x")]);
    holdFolder(out).commit([]);
    expect(readdirSync(out)).toEqual(["a.svg"]);
  });

  it("refuses a name outside the folder, and replaces a link planted at a final name instead of writing through it", () => {
    const out = join(folder, "out");
    const held = holdFolder(out);
    expect(error(() => stageFile(held.root, "../escape.svg", "x")).message).toBe(`refusing to write ../escape.svg: it is outside ${out}`);
    writeFileSync(join(folder, "victim"), "precious");
    symlinkSync(join(folder, "victim"), join(out, "a.svg"));
    held.commit([stageFile(held.root, "a.svg", "<svg/>")]);
    expect(readFileSync(join(folder, "victim"), "utf8")).toBe("precious");
    expect(lstatSync(join(out, "a.svg")).isSymbolicLink()).toBe(false);
  });

  it("a commit that meets a folder at a file's name says so, and leaves no temporary behind", () => {
    const out = join(folder, "out");
    mkdirSync(join(out, "b.svg"), { recursive: true });
    const held = holdFolder(out);
    const staged = [stageFile(held.root, "a.svg", "x"), stageFile(held.root, "b.svg", "y"), stageFile(held.root, "c.svg", "z")];
    expect(error(() => held.commit(staged)).message).toBe(`cannot write ${join(out, "b.svg")}: a folder has that name`);
    expect(readdirSync(out).sort()).toEqual(["a.svg", "b.svg"]);
  });
});
