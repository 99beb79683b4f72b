/**
 * What rules know of the content of context files: core's scan of the text the node side read
 * (`BuildContext.contents`), unless scanning is off or the configuration allows the file. Which
 * files a COPY/ADD sends is decided by `sentFrom` (layers.ts), the same as for secret files.
 */
import { scanContextFile, type ContentScan } from "../detect/context-content.js";
import { isSettingsFile, matchesFileList, secretFileKind } from "../detect/secret-files.js";
import type { NameLists } from "../detect/secret-names.js";
import type { ContextFilesConfig } from "../types.js";
import type { Model } from "./index.js";
import type { CopySpec } from "./layers.js";

/** Files larger than this are not read (`contextFiles.maxFileBytes`). */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Reading stops after this many bytes per lint (`contextFiles.maxTotalBytes`), and says so. */
export const DEFAULT_MAX_TOTAL_BYTES = 32 * 1024 * 1024;

/** `contextFiles` with its defaults filled in: what the node side's reader is given. */
export interface ContextFileLimits {
  readonly scan: boolean;
  readonly maxFileBytes: number;
  readonly maxTotalBytes: number;
  readonly allow: readonly string[];
}

export function contextFileLimits(config: ContextFilesConfig | undefined): ContextFileLimits {
  return {
    scan: config?.scan ?? true,
    maxFileBytes: config?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxTotalBytes: config?.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES,
    allow: config?.allow ?? [],
  };
}

/** True when the configuration keeps a file out of content scanning: `contextFiles.allow` or `secretFiles.allow`. */
export function isContentAllowed(path: string, contextFiles: ContextFilesConfig | undefined, secretFilesAllow: readonly string[] | undefined): boolean {
  return matchesFileList(path, contextFiles?.allow) || matchesFileList(path, secretFilesAllow);
}

/**
 * Scans by content object: a host that caches reads hands core the same object for an unchanged
 * file on every lint, so an editor's re-lint finds each scan without building a key.
 */
const scansByEntry = new WeakMap<object, { readonly path: string; readonly names: NameLists | undefined; readonly scan: ContentScan }>();

/** The scan of a context file's content, or null when it was not read, scanning is off, or the file is allowed. */
export function contentScanOf(model: Model, path: string): ContentScan | null {
  const contents = model.context?.contents;
  if (contents === undefined || model.contextFiles?.scan === false) return null;
  const entry = contents.files.get(path);
  if (entry === undefined || !("text" in entry)) return null;
  if (isContentAllowed(path, model.contextFiles, model.files?.allow)) return null;
  const held = scansByEntry.get(entry);
  if (held !== undefined && held.path === path && held.names === model.names) return held.scan;
  const scan = scanContextFile(path, entry.text, {
    ...(model.names === undefined ? {} : { names: model.names }),
    ...(entry.hash === undefined ? {} : { hash: entry.hash }),
  });
  scansByEntry.set(entry, { path, names: model.names, scan });
  return scan;
}

/**
 * Why a secret file whose content was read ships nothing secret today, or null (not read, skipped,
 * cut short, or it may hold a literal): `references` when its secret names hold only variable
 * references (`.npmrc` with `_authToken=${NPM_TOKEN}`); `settings` when a settings file (an
 * `.npmrc` or `.yarnrc.yml`, see `isSettingsFile`) has no value under a secret name at all
 * (`engine-strict=true`). Either way a value written into it later would ship.
 */
export type HarmlessContent = "references" | "settings" | "public";

export function harmlessContent(model: Model, path: string): HarmlessContent | null {
  const scan = contentScanOf(model, path);
  if (scan === null || scan.skipped !== undefined || scan.truncated === true || scan.findings.length > 0 || scan.unconfirmed > 0) return null;
  if (scan.references > 0) return "references";
  if (isSettingsFile(path, model.files)) return "settings";
  const entry = model.context?.contents?.files.get(path);
  return entry !== undefined && "text" in entry && secretFileKind(path, model.files) === "private key" && holdsOnlyPublicArmor(entry.text) ? "public" : null;
}

/** A PEM/PGP armor line's label: `-----BEGIN PGP PUBLIC KEY BLOCK-----` → `PGP PUBLIC KEY BLOCK` (bounded, linear). */
const ARMOR = /-----BEGIN ([A-Z0-9. ]{1,40})-----/g;
/** Armor of public material: keys, certificates, Diffie-Hellman and curve parameters. */
const PUBLIC_ARMOR: ReadonlySet<string> = new Set([
  "PGP PUBLIC KEY BLOCK",
  "PGP SIGNATURE",
  "PUBLIC KEY",
  "RSA PUBLIC KEY",
  "CERTIFICATE",
  "TRUSTED CERTIFICATE",
  "X509 CRL",
  "CERTIFICATE REQUEST",
  "NEW CERTIFICATE REQUEST",
  "DH PARAMETERS",
  "X9.42 DH PARAMETERS",
  "EC PARAMETERS",
]);

/**
 * True for a `*.key`/`*.pem` whose text holds armor and all of it public: the Jenkins release key
 * (`-----BEGIN PGP PUBLIC KEY BLOCK-----`), RFC 7919 DH parameters, a certificate. Any other
 * armor (`PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`) keeps the name's verdict.
 */
export function holdsOnlyPublicArmor(text: string): boolean {
  let found = false;
  for (const match of text.matchAll(ARMOR)) {
    if (!PUBLIC_ARMOR.has(match[1]!)) return false;
    found = true;
  }
  return found;
}

/**
 * What several files' contents show together, null when one may hold a literal: `public` when all
 * are public material, else `references` when one holds references, else `settings`.
 */
export function harmlessContents(model: Model, paths: readonly string[]): HarmlessContent | null {
  let kind: HarmlessContent | null = paths.length === 0 ? null : "public";
  for (const path of paths) {
    const each = harmlessContent(model, path);
    if (each === null) return null;
    if (each === "references" || (each === "settings" && kind === "public")) kind = each;
  }
  return kind;
}

/**
 * The copies whose content matters: COPY/ADD from the build context in every stage. ONBUILD
 * triggers are left out: they copy from the context of the child image's build, not this one.
 */
export function contextCopies(specs: readonly CopySpec[]): CopySpec[] {
  return specs.filter((spec) => spec.from === null && !spec.instruction.onbuild);
}
