import { createHash } from "node:crypto";
import { portablePath } from "../result.js";

/**
 * Fingerprints that survive edits elsewhere in the file: a hash of the check (rule id), the
 * file's repository-relative path, the message (stable, and already redacted) and the occurrence
 * index among identical (check, path, message) triples — never a line number, so moving the
 * instruction keeps the fingerprint. Code scanning and GitLab match findings across commits by
 * it. Call in report order: the occurrence index follows it.
 */
export function fingerprinter(cwd: string): (check: string, filePath: string, message: string) => string {
  const seen = new Map<string, number>();
  return (check, filePath, message) => {
    const key = [check, portablePath(filePath, cwd), message].join("\0");
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash("sha256").update(`${key}\0${occurrence}`).digest("hex");
  };
}
