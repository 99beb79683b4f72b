/**
 * A problem with one file or one setting, worded for the user: the CLI prints
 * `layerlint: [<path>: ]<message>` and exits 2. Never carries file contents.
 */
export class FileProblem extends Error {
  override readonly name = "FileProblem";
}
