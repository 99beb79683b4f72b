/**
 * Ground truth (issue 11): every rule fixture and example is built for real with buildah (as root,
 * no daemon, locally made base images), with canaries for build args, secret mounts and secret
 * context files; the static lint and `layerlint image` must then agree on each of them (see
 * `agreement` in harness.mjs for the four rules). expected.json holds, per case, what the image
 * scan finds in each image built (`UPDATE_REALITY=1` rewrites it; review the diff).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkImage, parseDockerfile } from "@layerlint/core";
import { readImageArchive } from "@layerlint/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingTools, reality, RealityRun, ROOT, unbuildableReasons } from "./harness.mjs";

interface Summary {
  readonly ruleId: string;
  readonly line: number;
  readonly channel: string;
  readonly key?: string;
  readonly path?: string;
  readonly deletedInLayer?: number;
  readonly predictedBy: readonly { readonly ruleId: string; readonly line: number; readonly severity: string }[];
}

interface CaseResult {
  readonly id: string;
  readonly unbuildable?: string;
  readonly images: readonly { readonly target: string | null; readonly tag: string; readonly archive: string; readonly findings: readonly Summary[] }[];
  readonly disagreements: readonly string[];
  readonly limits: readonly string[];
}

const cases = reality();
const EXPECTED_PATH = join(import.meta.dirname, "expected.json");
/** Fixtures buildah 1.28 cannot build as written, and why. */
const UNBUILDABLE: Readonly<Record<string, string>> = {
  "require-dockerignore-entries/ng.npmrc-literal-token": "line 4: --mount=type=secret,env= (buildah 1.28 lacks it)",
  "require-dockerignore-entries/ng.npmrc-references-only": "line 4: --mount=type=secret,env= (buildah 1.28 lacks it)",
};
/** Static errors the built image cannot confirm for a reason outside the rules (harness.mjs, `agreement`). */
const LIMITS: Readonly<Record<string, readonly string[]>> = {
  "no-secret-in-env/ng.label-token": [
    "no-secret-in-arg (error) at line 2: no RUN follows the ARG, so it names the provenance, and buildah writes no provenance attestation",
  ],
  "no-secret-in-arg/ng.arg-after-last-run": [
    "no-secret-in-arg (error) at line 5: no RUN follows the ARG, so it names the provenance, and buildah writes no provenance attestation",
  ],
  "no-secret-in-arg/ng.global-arg-provenance": [
    "no-secret-in-arg (warning) at line 3: no RUN follows the ARG, so it names the provenance, and buildah writes no provenance attestation",
    "no-secret-in-arg (warning) at line 4: no RUN follows the ARG, so it names the provenance, and buildah writes no provenance attestation",
  ],
  "require-secret-mount/ng.onbuild-arg": [
    "no-secret-in-arg (error) at line 4: an ONBUILD trigger runs only in the images built FROM this one, and the suite builds none",
    "require-secret-mount (error) at line 5: an ONBUILD trigger runs only in the images built FROM this one, and the suite builds none",
  ],
  "examples/leaky-layers": [
    "require-dockerignore-entries (error) at line 12: the file it copies is already in layer 3 (/app/.env, line 11) unchanged, and buildah's vfs driver leaves an unchanged file out of the later layer (Docker's overlay2 stores it again)",
  ],
};

/** One image finding as a line: `layer /app/.env @4 deleted in 5 ← no-secret-file-copy@4:error`. */
function line(finding: Summary): string {
  const where = finding.channel === "layer" ? `layer ${finding.path}` : `${finding.channel} ${finding.key ?? ""}`.trimEnd();
  const deleted = finding.deletedInLayer === undefined ? "" : ` deleted in ${finding.deletedInLayer}`;
  return `${finding.ruleId} ${where} @${finding.line}${deleted} ← ${finding.predictedBy.map((p) => `${p.ruleId}@${p.line}:${p.severity}`).join(" ") || "(nothing)"}`;
}

let run: RealityRun;
let results: Map<string, CaseResult>;

beforeAll(async () => {
  const missing = missingTools();
  if (missing.length > 0) throw new Error(`The reality suite needs: ${missing.join("; ")}.`);
  run = new RealityRun();
  run.setup(cases);
  results = new Map(((await run.runAll(cases)) as CaseResult[]).map((result) => [result.id, result]));
  if (process.env.UPDATE_REALITY === "1") {
    const expected = Object.fromEntries(
      [...results.values()].map((r) => [r.id, Object.fromEntries(r.images.map((image) => [image.target ?? "shipped", image.findings.map(line)]))]),
    );
    writeFileSync(EXPECTED_PATH, `${JSON.stringify(expected, null, 2)}\n`);
  }
}, 15 * 60_000);

afterAll(() => {
  run?.cleanup();
});

describe("reality: fixtures and examples built with buildah", () => {
  it("builds every case buildah 1.28 can build", () => {
    const unbuildable = Object.fromEntries([...results.values()].filter((r) => r.unbuildable).map((r) => [r.id, r.unbuildable]));
    expect(unbuildable).toEqual(UNBUILDABLE);
    expect(results.size).toBe(cases.length);
  });

  for (const { id } of cases) {
    it(`${id}: the static lint and the built image agree`, () => {
      const result = results.get(id)!;
      expect({ disagreements: result.disagreements, limits: result.limits }).toEqual({ disagreements: [], limits: LIMITS[id] ?? [] });
    });

    it(`${id}: layerlint image finds what expected.json says, in each image built`, () => {
      expect(existsSync(EXPECTED_PATH), "test/reality/expected.json (UPDATE_REALITY=1 writes it)").toBe(true);
      const expected = (JSON.parse(readFileSync(EXPECTED_PATH, "utf8")) as Record<string, Record<string, string[]>>)[id];
      const result = results.get(id)!;
      expect(Object.fromEntries(result.images.map((image) => [image.target ?? "shipped", image.findings.map(line)]))).toEqual(expected);
    });
  }
});

describe("reality: what buildah 1.28 cannot build", () => {
  it("records heredocs, secret env= mounts, relative mount targets and variable bases as unbuildable, with the line", () => {
    const text = [
      "FROM ${BASE}",
      "RUN <<EOF",
      "echo hi",
      "EOF",
      "RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci",
      "RUN --mount=type=cache,target=cache make",
      "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
      "",
    ].join("\n");
    expect(unbuildableReasons(parseDockerfile(text))).toEqual([
      "line 1: a FROM built from a variable",
      "line 2: heredocs (buildah 1.28 has none)",
      "line 5: --mount=type=secret,env= (buildah 1.28 lacks it)",
      "line 6: a relative mount target (buildah 1.28 refuses it)",
    ]);
  });
});

describe("reality: one image, every archive writer", () => {
  it("reads the same findings from buildah, podman and skopeo archives (tar, gzip, zstd; docker and OCI; files and directories)", async () => {
    const seed = results.get("no-ineffective-delete/ng.seed-headline")!;
    const other = results.get("no-secret-file-copy/ng.copy-env")!;
    const [shipped] = seed.images;
    const formats = await run.exportFormats(shipped!.tag, other.images[0]!.tag);
    const dockerfile = { text: readFileSync(join(ROOT, "test/fixtures/no-ineffective-delete/ng.seed-headline/Dockerfile"), "utf8") };
    const findingsOf = async (path: string, image?: string) => {
      const read = await readImageArchive(path, image === undefined ? {} : { image });
      expect(read.warnings).toEqual([]);
      return read.images.flatMap((i) => checkImage(i, { dockerfile }).findings.map((f) => `${f.ruleId}@${f.span.line} ${f.location!.channel}:${f.location!.layer}:${f.location!.path}:${f.location!.deletedInLayer}`));
    };
    const reference = await findingsOf(shipped!.archive);
    expect(reference).toEqual(["image-secret-in-layer@4 layer:2:/app/.env:5"]);
    for (const [label, path] of Object.entries(formats)) {
      const image = label.includes("two images") ? shipped!.tag : undefined;
      expect(await findingsOf(path, image), label).toEqual(reference);
    }
    const both = await readImageArchive(formats["podman save -m (two images)"]);
    expect(both.images.map((i) => i.name)).toEqual([`localhost/${shipped!.tag}:latest`, `localhost/${other.images[0]!.tag}:latest`]);
  }, 120_000);

  it("the CLI, as a real process, reports a built image in every format and exits 1", () => {
    const seed = results.get("no-ineffective-delete/ng.seed-headline")!;
    const bin = join(ROOT, "packages/cli/bin/layerlint.js");
    const dockerfile = join(ROOT, "test/fixtures/no-ineffective-delete/ng.seed-headline/Dockerfile");
    const json = spawnSync(process.execPath, [bin, "image", seed.images[0]!.archive, "--dockerfile", dockerfile, "-f", "json"], { encoding: "utf8" });
    expect(json.status).toBe(1);
    const [report] = JSON.parse(json.stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string; location: object }[] }[];
    expect(report!.filePath).toBe(dockerfile);
    expect(report!.messages.map((m) => [m.ruleId, m.line, m.location])).toEqual([
      ["image-secret-in-layer", 4, expect.objectContaining({ channel: "layer", layer: 2, path: "/app/.env", deletedInLayer: 5 })],
    ]);
    expect(report!.messages[0]!.message).toMatch(/ It comes from the COPY at line 4; predicted by no-secret-file-copy at line 4, no-ineffective-delete at line 7\.$/);
    expect(json.stdout).not.toContain("LLCANARY");
  });
});
