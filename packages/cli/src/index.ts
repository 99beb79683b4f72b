export { main } from "./main.js";
export type { CliIO, TextSink } from "./io.js";
export type { FileResult } from "./result.js";
export type { Formatter, FormatterContext, FormatterName } from "./formatters/index.js";
