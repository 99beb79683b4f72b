/**
 * An image as plain data: its config JSON (Docker's image config or OCI's: the same fields) and
 * its layers' summaries. The JSON comes from an untrusted archive, so it is read field by field:
 * a missing or ill-typed field is empty, never an exception, and every list is bounded.
 */
import type { LayerSummary } from "./layers.js";

/** What the reader hands core for one image. */
export interface ImageInput {
  /** Its first tag, or its config digest. */
  readonly name: string;
  /** The image config, as parsed from JSON. */
  readonly config: unknown;
  /** Summaries of its layers, in `rootfs` order. */
  readonly layers: readonly LayerSummary[];
}

export interface HistoryEntry {
  readonly createdBy: string;
  readonly emptyLayer: boolean;
}

/** The fields of an image config that can carry secrets, read safely. */
export interface ImageConfigView {
  readonly env: readonly string[];
  readonly labels: readonly (readonly [string, string])[];
  /** Command-like fields: `Cmd`, `Entrypoint`, `Healthcheck`, `OnBuild`, each as one text. */
  readonly commands: readonly { readonly key: string; readonly text: string }[];
  readonly history: readonly HistoryEntry[];
  readonly diffIds: readonly string[];
  /** Lists cut at their bound, said in a note. */
  readonly warnings: readonly string[];
}

/** Bound on Env entries, labels, history entries and layers read from one config. */
export const MAX_CONFIG_ITEMS = 10_000;

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Reads the config JSON of an image (Docker `config`, or the container config of old archives). */
export function readImageConfig(raw: unknown): ImageConfigView {
  const top = record(raw);
  const config = record(top.config ?? top.Config ?? top.container_config);
  const warnings: string[] = [];
  const bounded = <T>(list: T[], what: string): T[] => {
    if (list.length <= MAX_CONFIG_ITEMS) return list;
    warnings.push(`Only the first ${MAX_CONFIG_ITEMS} of ${list.length} ${what} were checked.`);
    return list.slice(0, MAX_CONFIG_ITEMS);
  };
  const labels = Object.entries(record(config.Labels)).filter((e): e is [string, string] => typeof e[1] === "string");
  const commands: { key: string; text: string }[] = [];
  for (const key of ["Cmd", "Entrypoint"] as const) {
    const words = strings(config[key]);
    if (words.length > 0) commands.push({ key, text: words.join(" ") });
  }
  const healthcheck = strings(record(config.Healthcheck).Test);
  if (healthcheck.length > 0) commands.push({ key: "Healthcheck", text: healthcheck.join(" ") });
  strings(config.OnBuild).forEach((trigger, i) => commands.push({ key: `OnBuild[${i}]`, text: trigger }));
  const history = (Array.isArray(top.history) ? top.history : []).map((item) => {
    const entry = record(item);
    return {
      createdBy: typeof entry.created_by === "string" ? entry.created_by : "",
      emptyLayer: entry.empty_layer === true,
    };
  });
  return {
    env: bounded(strings(config.Env), "Env entries"),
    labels: bounded(labels, "labels"),
    commands: bounded(commands, "command fields"),
    history: bounded(history, "history entries"),
    diffIds: bounded(strings(record(top.rootfs).diff_ids), "layers"),
    warnings,
  };
}
