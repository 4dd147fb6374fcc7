/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Standard input as text (for `-`). */
  readonly stdin: () => Promise<string>;
  readonly cwd: string;
  /** stderr is a terminal: progress may be shown. */
  readonly interactive: boolean;
}

/** A problem with the input or the command line, with the exit code it ends in (1 bad input, 2 usage). */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}
