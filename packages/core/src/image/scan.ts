/**
 * The image rules over one image's plain data: what its config, history and layers hold, where,
 * and (for the Dockerfile attribution) what kind of thing put it there. Pure and synchronous.
 */
import type { FileLists } from "../detect/secret-files.js";
import type { NameLists } from "../detect/secret-names.js";
import { findSecretsInText } from "../detect/secret-values.js";
import type { ImageLocation, ImageRuleId } from "../types.js";
import { parseCreatedBy } from "./history.js";
import { readImageConfig, type ImageConfigView, type ImageInput } from "./image.js";
import { ESCAPES_ROOT, WhiteoutIndex, type LayerSecret } from "./layers.js";
import { MAX_SCANNED_TEXT, secretAssignment, secretsInText, secretValueOf, type SecretValue } from "./values.js";

/** What kind of record holds an image secret: the Dockerfile attribution looks for the instruction that writes it. */
export type HitSource =
  | { readonly kind: "env" | "label"; readonly key: string }
  | { readonly kind: "command"; readonly key: string }
  | { readonly kind: "build-arg"; readonly key: string; readonly historyIndex: number }
  | { readonly kind: "recorded"; readonly historyIndex: number }
  | { readonly kind: "layer"; readonly layer: number; readonly deletedInLayer: number | null };

/** An image finding before severity, attribution and redaction. */
export interface ImageHit {
  readonly ruleId: ImageRuleId;
  readonly messageId: string;
  /** Message data (`origin` is added by the attribution). */
  readonly data: Readonly<Record<string, string>>;
  readonly location: ImageLocation;
  readonly source: HitSource;
  /** Secret values the message must never show. */
  readonly secrets: readonly string[];
}

export interface ImageScan {
  readonly config: ImageConfigView;
  readonly hits: readonly ImageHit[];
  /** Anomalies: bounds hit, entries skipped (a path leaving the root), layers not matching the config. */
  readonly warnings: readonly string[];
  /** Coverage: file contents not scanned (binaries, large files), by reason. */
  readonly notes: readonly string[];
  /** Layers that could not be read to their end. */
  readonly incomplete: readonly string[];
}

export interface ImageScanOptions {
  readonly names?: NameLists;
  readonly files?: FileLists;
}

function shortDigest(digest: string): string {
  const match = /^(sha256|sha512):([0-9a-f]{12})/.exec(digest);
  return match ? `${match[1]}:${match[2]}` : digest.slice(0, 40);
}

/** `3 (sha256:6139ff3a6e87)`: how messages name a layer. */
export function layerLabel(index: number, digest: string | undefined): string {
  return digest ? `${index} (${shortDigest(digest)})` : String(index);
}

function configHits(view: ImageConfigView, image: string, names: NameLists | undefined): ImageHit[] {
  const hits: ImageHit[] = [];
  const push = (field: "Env" | "Labels", key: string, found: SecretValue) =>
    hits.push({
      ruleId: "image-secret-in-config",
      messageId: "configValue",
      data: { field, key, what: found.what, image },
      location: { channel: "config", image, key },
      source: { kind: field === "Env" ? "env" : "label", key },
      secrets: found.secrets,
    });
  for (const entry of view.env) {
    const eq = entry.indexOf("=");
    const key = eq < 0 ? entry : entry.slice(0, eq);
    const found = secretAssignment(key, eq < 0 ? "" : entry.slice(eq + 1), names);
    if (found) push("Env", key, found);
  }
  for (const [key, value] of view.labels) {
    const found = secretAssignment(key, value, names);
    if (found) push("Labels", key, found);
  }
  for (const { key, text } of view.commands) {
    const found = secretsInText(text);
    if (!found) continue;
    hits.push({
      ruleId: "image-secret-in-config",
      messageId: "configCommand",
      data: { key, what: found.what, image },
      location: { channel: "config", image, key },
      source: { kind: "command", key },
      secrets: found.secrets,
    });
  }
  return hits;
}

function historyHits(view: ImageConfigView, image: string, names: NameLists | undefined): ImageHit[] {
  const hits: ImageHit[] = [];
  // A RUN records every build arg in scope: each secret arg is reported once, at its first entry.
  const buildArgs = new Map<string, { name: string; index: number; found: SecretValue; later: number }>();
  view.history.forEach(({ createdBy }, index) => {
    const text = createdBy.length > MAX_SCANNED_TEXT ? createdBy.slice(0, MAX_SCANNED_TEXT) : createdBy;
    const recorded = parseCreatedBy(text);
    const covered: { start: number; end: number }[] = [];
    for (const arg of recorded.buildArgs) {
      const found = secretAssignment(arg.name, arg.value, names);
      if (!found) continue;
      covered.push({ start: arg.valueStart, end: arg.valueStart + arg.value.length });
      const seen = buildArgs.get(`${arg.name}=${arg.value}`);
      if (seen) seen.later++;
      else buildArgs.set(`${arg.name}=${arg.value}`, { name: arg.name, index, found, later: 0 });
    }
    for (const pair of recorded.pairs) {
      const found = secretAssignment(pair.name, pair.value, names);
      if (!found) continue;
      covered.push({ start: pair.valueStart, end: pair.valueStart + pair.value.length });
      hits.push({
        ruleId: "image-secret-in-history",
        messageId: "assignment",
        data: { index: String(index), instruction: recorded.keyword ?? "", key: pair.name, what: found.what, image },
        location: { channel: "history", image, key: pair.name, historyIndex: index },
        source: { kind: "recorded", historyIndex: index },
        secrets: found.secrets,
      });
    }
    const literals = findSecretsInText(text).filter((m) => !covered.some((c) => m.start < c.end && c.start < m.end));
    if (literals.length === 0) return;
    const found = secretValueOf(text, literals);
    if (!found) return;
    hits.push({
      ruleId: "image-secret-in-history",
      messageId: "literal",
      data: { index: String(index), what: found.what, image },
      location: { channel: "history", image, historyIndex: index },
      source: { kind: "recorded", historyIndex: index },
      secrets: found.secrets,
    });
  });
  for (const { name, index, found, later } of buildArgs.values()) {
    const laterText = later === 0 ? "" : ` (and ${later} later ${later === 1 ? "entry" : "entries"})`;
    hits.push({
      ruleId: "image-secret-in-history",
      messageId: "buildArg",
      data: { index: `${index}${laterText}`, key: name, what: found.what, image },
      location: { channel: "history", image, key: name, historyIndex: index },
      source: { kind: "build-arg", key: name, historyIndex: index },
      secrets: found.secrets,
    });
  }
  return hits;
}

function describeFile(secret: LayerSecret): SecretValue {
  if (secret.fileKind !== null && secret.content !== null) {
    return { what: `${secret.fileKind}, containing ${secret.content.what}`, secrets: secret.content.secrets };
  }
  if (secret.fileKind !== null) return { what: secret.fileKind, secrets: [] };
  return { what: `a file containing ${secret.content!.what}`, secrets: secret.content!.secrets };
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** Scans an image's config, history and layers. */
export function scanImage(input: ImageInput, options: ImageScanOptions = {}): ImageScan {
  // Texts go out raw: checkImage redacts, then escapes control characters (escaping first would hide a
  // token behind a `\u000a` that ends no word, and the detectors would no longer see it).
  const image = input.name;
  const view = readImageConfig(input.config);
  const warnings = [...view.warnings];
  const incomplete: string[] = [];
  const unscanned = new Map<string, { count: number; example: string }>();
  const hits = [...configHits(view, image, options.names), ...historyHits(view, image, options.names)];
  if (view.diffIds.length !== input.layers.length) {
    warnings.push(`The config of image ${image} lists ${plural(view.diffIds.length, "layer")}, the archive holds ${input.layers.length}.`);
  }
  const whiteouts = new WhiteoutIndex(input.layers);
  input.layers.forEach((layer, index) => {
    const digest = view.diffIds[index] ?? layer.digest;
    const label = layerLabel(index, digest);
    if (layer.error !== undefined) {
      incomplete.push(`Layer ${label} of image ${image} could not be read to its end (${layer.error}): files after that point were not checked.`);
    }
    if (layer.omittedSecrets > 0) warnings.push(`Layer ${label} of image ${image}: ${plural(layer.omittedSecrets, "more secret file")} not listed.`);
    if (layer.omittedWhiteouts > 0) {
      warnings.push(`Layer ${label} of image ${image}: ${plural(layer.omittedWhiteouts, "whiteout")} beyond the bound were not read: deletions may be missed.`);
    }
    for (const skipped of layer.skipped) {
      if (skipped.reason === ESCAPES_ROOT) {
        warnings.push(`Layer ${label} of image ${image}: ${plural(skipped.count, "entry was", "entries were")} skipped (${skipped.reason}), e.g. ${skipped.example}.`);
        continue;
      }
      const known = unscanned.get(skipped.reason);
      if (known) known.count += skipped.count;
      else unscanned.set(skipped.reason, { count: skipped.count, example: skipped.example });
    }
    for (const secret of layer.secrets) {
      const deletedInLayer = whiteouts.deletedIn(index, secret.path);
      const described = describeFile(secret);
      hits.push({
        ruleId: "image-secret-in-layer",
        messageId: "secretFile",
        data: {
          layer: label,
          image,
          path: secret.path,
          what: described.what,
          deleted:
            deletedInLayer === null
              ? ""
              : `, deleted by layer ${layerLabel(deletedInLayer, view.diffIds[deletedInLayer] ?? input.layers[deletedInLayer]?.digest)}, which only hides it`,
        },
        location: {
          channel: "layer",
          image,
          layer: index,
          layerDigest: digest,
          path: secret.path,
          ...(deletedInLayer === null ? {} : { deletedInLayer }),
        },
        source: { kind: "layer", layer: index, deletedInLayer },
        secrets: described.secrets,
      });
    }
  });
  const notes: string[] = [];
  if (unscanned.size > 0) {
    const total = [...unscanned.values()].reduce((sum, u) => sum + u.count, 0);
    const reasons = [...unscanned].map(([reason, u]) => `${reason}: ${u.count}, e.g. ${u.example}`).join("; ");
    notes.push(`Image ${image}: the contents of ${plural(total, "file")} were not scanned for secret values (${reasons}); their names were checked.`);
  }
  return { config: view, hits, warnings, notes, incomplete };
}
