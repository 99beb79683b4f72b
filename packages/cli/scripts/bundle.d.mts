/** packages/cli/dist-bundle/ */
export const BUNDLE_DIR: string;
/** Builds the bundle in memory: file name (relative to dist-bundle/) → contents. */
export function bundle(): Promise<Map<string, string>>;
/** The files of dist-bundle/ that differ from a fresh build, relative to the repository root. */
export function staleFiles(): Promise<string[]>;
