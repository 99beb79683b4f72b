/** Everything the CLI touches outside its arguments, so tests can run `main` in-process. */
export interface TextSink {
  write(chunk: string): unknown;
}

export interface CliIO {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Read only with `--stdin`. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** Relative paths (arguments, `--config`, `--output-file`, `--context`) resolve against it. */
  readonly cwd: string;
  /** Read for `NO_COLOR` and `FORCE_COLOR`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: decides the default colour. */
  readonly isTTY: boolean;
}
