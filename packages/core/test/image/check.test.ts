import { describe, expect, it } from "vitest";
import { checkImage, LayerScanner, UnknownTargetError, type ImageInput, type LayerEntry } from "../../src/index.js";
import { FAKE } from "../helpers.js";

const nop = (text: string) => ({ created_by: `/bin/sh -c #(nop) ${text}`, empty_layer: true });
const layerEntry = (text: string) => ({ created_by: text });

function layer(entries: readonly LayerEntry[]) {
  const scanner = new LayerScanner("blob");
  for (const entry of entries) scanner.add(entry);
  return scanner.summary();
}

const file = (name: string, content = ""): LayerEntry => ({ name, type: "file", size: content.length, mode: 0o644, content });

/** An image as buildah 1.28 records it (`--layers --format docker`). */
function image(config: Record<string, unknown>, history: Record<string, unknown>[], layers: LayerEntry[][]): ImageInput {
  return {
    name: "docker.io/library/app:latest",
    config: { config, history, rootfs: { type: "layers", diff_ids: layers.map((_, i) => `sha256:${String(i).repeat(64)}`) } },
    layers: layers.map(layer),
  };
}

/** The seed article's headline: `.env` copied into a layer, deleted three steps later. */
const SEED = [
  "FROM node:20-alpine",
  "WORKDIR /app",
  "COPY package.json ./",
  "COPY .env /app/.env",
  "RUN npm ci",
  "RUN rm /app/.env",
  'CMD ["node", "dist/index.js"]',
  "",
].join("\n");

const seedImage = (extra: LayerEntry[] = []) =>
  image(
    { Env: ["PATH=/usr/local/bin:/usr/bin:/bin"], Cmd: ["node", "dist/index.js"] },
    [
      layerEntry("/bin/sh"),
      nop("WORKDIR /app"),
      layerEntry("/bin/sh -c #(nop) COPY file:093bb968 in ./ "),
      layerEntry("/bin/sh -c #(nop) COPY file:b69f326b in /app/.env "),
      layerEntry("/bin/sh -c npm ci"),
      layerEntry("/bin/sh -c rm /app/.env"),
      nop('CMD ["node", "dist/index.js"]'),
    ],
    [[file("bin/sh"), ...extra], [file("app/package.json", "{}")], [file("app/.env", `STRIPE_KEY=${FAKE.stripe}\n`)], [file("app/node_modules/x.js", "")], [file("app/.wh..env")]],
  );

describe("checkImage without a Dockerfile", () => {
  it("reports config, history and layer secrets with their locations, deleted files included", () => {
    const input = image(
      { Env: ["PATH=/bin", `GITHUB_TOKEN=${FAKE.github}`, "API_SECRET=s3cr3tv4lu3", "NODE_ENV=production"], Labels: { "build.token": FAKE.npm, maintainer: "ops" } },
      [layerEntry("/bin/sh"), nop("ARG NPM_TOKEN"), layerEntry(`|1 NPM_TOKEN=${FAKE.npm} /bin/sh -c npm ci`), layerEntry(`|1 NPM_TOKEN=${FAKE.npm} /bin/sh -c rm .npmrc`)],
      [[file("bin/sh")], [file("app/.npmrc", `//registry.npmjs.org/:_authToken=${FAKE.npm}\n`)], [file("app/.wh..npmrc")]],
    );
    const { findings, warnings, incomplete } = checkImage(input);
    expect(warnings).toEqual([]);
    expect(incomplete).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.severity, f.channel, f.location])).toEqual([
      ["image-secret-in-config", "configValue", "error", "config", { channel: "config", image: "docker.io/library/app:latest", key: "API_SECRET" }],
      ["image-secret-in-config", "configValue", "error", "config", { channel: "config", image: "docker.io/library/app:latest", key: "build.token" }],
      ["image-secret-in-config", "configValue", "error", "config", { channel: "config", image: "docker.io/library/app:latest", key: "GITHUB_TOKEN" }],
      ["image-secret-in-history", "buildArg", "error", "history", { channel: "history", image: "docker.io/library/app:latest", key: "NPM_TOKEN", historyIndex: 2 }],
      [
        "image-secret-in-layer",
        "secretFile",
        "error",
        "layers",
        { channel: "layer", image: "docker.io/library/app:latest", layer: 1, layerDigest: `sha256:${"1".repeat(64)}`, path: "/app/.npmrc", deletedInLayer: 2 },
      ],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "Config Env API_SECRET of image docker.io/library/app:latest holds a value under a secret name (s3cr…): docker inspect shows it to anyone who can pull the image.",
      "Config Labels build.token of image docker.io/library/app:latest holds an npm token (npm_…): docker inspect shows it to anyone who can pull the image.",
      "Config Env GITHUB_TOKEN of image docker.io/library/app:latest holds a GitHub token (ghp_…): docker inspect shows it to anyone who can pull the image.",
      "History entry 2 (and 1 later entry) of image docker.io/library/app:latest records build arg NPM_TOKEN with an npm token (npm_…): docker history --no-trunc shows it.",
      "Layer 1 (sha256:111111111111) of image docker.io/library/app:latest holds /app/.npmrc (npm credentials, containing an npm token (npm_…)), deleted by layer 2 (sha256:222222222222), which only hides it: docker save and tar x recover it.",
    ]);
    for (const finding of findings) {
      expect(finding.span).toEqual({ start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
      expect(finding.attribution).toBeUndefined();
      expect(finding.shipped).toBe(true);
    }
  });

  it("never shows more than 4 characters of a secret, in messages or warnings", () => {
    const input = image({ Env: [`TOKEN=${FAKE.github}`] }, [layerEntry(`/bin/sh -c curl -H "Authorization: Bearer ${FAKE.github}" x`)], [[file(`app/${FAKE.github}/.env`)]]);
    const { findings } = checkImage(input);
    expect(findings).toHaveLength(3);
    // Nowhere in a finding: not in its message, not in its location (the layer path holds the token).
    for (const finding of findings) expect(JSON.stringify(finding)).not.toContain(FAKE.github.slice(0, 5));
    expect(findings[2]!.location).toMatchObject({ path: "/app/ghp_…/.env" });
    expect(findings[1]!.message).toBe(
      "History entry 0 of image docker.io/library/app:latest holds a GitHub token (ghp_…) in its recorded command: docker history --no-trunc shows it.",
    );
  });

  it("reports credentials in a recorded RUN command that only their command shows (curl -u, mysql -p)", () => {
    const input = image({}, [layerEntry("/bin/sh -c curl -u admin:Fake-Qz8r-Vw3t9 https://repo.example/x"), layerEntry("/bin/sh -c mysql -pFakeReplica42 -e 'select 1'")], [[], []]);
    expect(checkImage(input).findings.map((f) => [f.messageId, f.location?.historyIndex ?? null])).toEqual([
      ["literal", 0],
      ["literal", 1],
    ]);
  });

  it("reads literal secrets in Cmd, Entrypoint, Healthcheck and OnBuild, and recorded ENV text", () => {
    const input = image(
      { Cmd: ["sh", "-c", `deploy --token ${FAKE.github}`], Healthcheck: { Test: ["CMD-SHELL", `curl -u admin:${"hunter2pass"} localhost`] }, OnBuild: [`ENV T=${FAKE.npm}`] },
      [nop(`ENV SECRET_KEY=${"abcdefgh12345678"}`), nop("ENV API_SECRET=${NPM_TOKEN}")],
      [],
    );
    const found = checkImage(input).findings.map((f) => [f.messageId, f.location?.key ?? null, f.location?.historyIndex ?? null]);
    expect(found).toEqual([
      ["configCommand", "Cmd", null],
      ["configCommand", "Healthcheck", null],
      ["configCommand", "OnBuild[0]", null],
      ["assignment", "SECRET_KEY", 0],
    ]);
  });

  it("applies configured severities: off drops a rule, warn makes warnings", () => {
    const config = { rules: { "image-secret-in-config": "off", "image-secret-in-layer": ["warn"] } } as const;
    const { findings } = checkImage(seedImage(), { config });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["image-secret-in-layer", "warning"]]);
  });

  it("says what it could not check: unreadable layers, skipped entries, unscanned contents, a layer count that differs", () => {
    const input = seedImage([
      { name: "../../etc/passwd", type: "file", size: 1, mode: 0 },
      { name: "bin/busybox", type: "file", size: 2_000_000, mode: 0o755, skipped: "larger than 1 MiB" },
    ]);
    const broken = { ...input, layers: [...input.layers.slice(0, 4), { ...input.layers[4]!, error: "it is truncated (its gzip data ends early)" }, input.layers[4]!] };
    const result = checkImage(broken);
    expect(result.incomplete).toEqual([
      "Layer 4 (sha256:444444444444) of image docker.io/library/app:latest could not be read to its end (it is truncated (its gzip data ends early)): files after that point were not checked.",
    ]);
    expect(result.warnings).toEqual([
      "The config of image docker.io/library/app:latest lists 5 layers, the archive holds 6.",
      "Layer 0 (sha256:000000000000) of image docker.io/library/app:latest: 1 entry was skipped (path escapes the layer root), e.g. ../../etc/passwd.",
    ]);
    expect(result.notes).toEqual([
      "Image docker.io/library/app:latest: the contents of 1 file were not scanned for secret values (larger than 1 MiB: 1, e.g. /bin/busybox); their names were checked.",
    ]);
  });

  it("reads any JSON as a config without throwing", () => {
    for (const config of [null, 42, "x", [], { config: { Env: "PATH=/bin", Labels: [1] }, history: "no", rootfs: { diff_ids: {} } }]) {
      expect(checkImage({ name: "x", config, layers: [] })).toEqual({ findings: [], warnings: [], notes: [], incomplete: [] });
    }
  });
});

describe("checkImage with the Dockerfile", () => {
  it("points each finding at its instruction and names the static findings that predicted it", () => {
    const { findings, warnings } = checkImage(seedImage(), { dockerfile: { text: SEED } });
    expect(warnings).toEqual([]);
    expect(findings).toHaveLength(1);
    const [found] = findings;
    expect(found!.span).toMatchObject({ line: 4, column: 1, endLine: 4, endColumn: 20 });
    expect(found!.stage).toBe("#0");
    expect(found!.attribution).toEqual({
      line: 4,
      fromBaseImage: false,
      predictedBy: [
        { ruleId: "no-secret-file-copy", line: 4, severity: "error", suppressed: false },
        { ruleId: "no-ineffective-delete", line: 6, severity: "error", suppressed: false },
      ],
    });
    expect(found!.message).toBe(
      "Layer 2 (sha256:222222222222) of image docker.io/library/app:latest holds /app/.env (dotenv file, containing a Stripe key (sk_l…)), deleted by layer 4 (sha256:444444444444), which only hides it: docker save and tar x recover it. It comes from the COPY at line 4; predicted by no-secret-file-copy at line 4, no-ineffective-delete at line 6.",
    );
    expect(found!.related.map((r) => [r.message, r.span.line])).toEqual([["Deleted here by a later layer, which only hides it (predicted here by no-ineffective-delete).", 6]]);
  });

  it("says loudly when no Dockerfile rule predicted a secret the image holds (a gap)", () => {
    const text = "FROM node:20-alpine\nRUN touch /app/.env\n";
    const input = image({}, [layerEntry("/bin/sh"), layerEntry("/bin/sh -c touch /app/.env")], [[file("bin/sh")], [file("app/.env")]]);
    const [found] = checkImage(input, { dockerfile: { text } }).findings;
    expect(found!.attribution).toEqual({ line: 2, fromBaseImage: false, predictedBy: [] });
    expect(found!.message).toBe(
      "Layer 1 (sha256:111111111111) of image docker.io/library/app:latest holds /app/.env (dotenv file): docker save and tar x recover it. It comes from the RUN at line 2, and no Dockerfile rule predicted it: a gap in layerlint's rules (please report it).",
    );
  });

  it("attributes what the base image holds to the FROM line, which no rule can see into", () => {
    const found = checkImage(seedImage([file("root/.aws/credentials")]), { dockerfile: { text: SEED } }).findings[0]!;
    expect(found.location).toMatchObject({ layer: 0, path: "/root/.aws/credentials" });
    expect(found.span.line).toBe(1);
    expect(found.attribution).toEqual({ line: 1, fromBaseImage: true, predictedBy: [] });
    expect(found.message).toMatch(/ It comes from the base image \(the FROM at line 1\): no Dockerfile rule can see inside it\.$/);
  });

  it("attributes a build arg to the RUN that records it, predicted at its ARG even when an ENV shadows it", () => {
    const text = "FROM alpine\nARG API_SECRET\nENV API_SECRET=${API_SECRET}\nRUN make\n";
    const input = image(
      { Env: [`API_SECRET=${FAKE.github}`] },
      [layerEntry("/bin/sh"), nop("ARG API_SECRET"), nop("ENV API_SECRET=${API_SECRET}"), layerEntry(`|1 API_SECRET=${FAKE.github} /bin/sh -c make`)],
      [[file("bin/sh")], [file("usr/bin/app")]],
    );
    const findings = checkImage(input, { dockerfile: { text } }).findings;
    expect(findings.map((f) => [f.ruleId, f.span.line, f.attribution?.predictedBy.map((p) => `${p.ruleId}@${p.line}`)])).toEqual([
      ["image-secret-in-config", 3, ["no-secret-in-env@3"]],
      ["image-secret-in-history", 4, ["no-secret-in-arg@2"]],
    ]);
    expect(findings[1]!.related.map((r) => [r.message, r.span.line])).toEqual([["Predicted here by no-secret-in-arg.", 2]]);
  });

  it("matches the shipped chain of --target, and warns when the history does not follow the Dockerfile", () => {
    const text = "FROM alpine AS builder\nARG NPM_TOKEN\nRUN npm ci\nFROM alpine\nRUN echo done\n";
    const builder = image({}, [layerEntry("/bin/sh"), nop("ARG NPM_TOKEN"), layerEntry(`|1 NPM_TOKEN=${FAKE.npm} /bin/sh -c npm ci`)], [[file("bin/sh")], [file("x")]]);
    const asBuilder = checkImage(builder, { dockerfile: { text, target: "builder" } });
    expect(asBuilder.warnings).toEqual([]);
    expect(asBuilder.findings.map((f) => [f.span.line, f.stage, f.attribution?.predictedBy.map((p) => `${p.ruleId}@${p.line}:${p.severity}`)])).toEqual([
      [3, "builder", ["no-secret-in-arg@2:error"]],
    ]);
    const asFinal = checkImage(builder, { dockerfile: { text } });
    expect(asFinal.warnings).toEqual([
      "History entry 2 does not match the RUN at line 5: entries up to 2 are not attributed (were --dockerfile and --target the ones the image was built with?).",
    ]);
    expect(asFinal.findings.map((f) => [f.span.line, f.attribution])).toEqual([[1, { line: null, fromBaseImage: false, predictedBy: [] }]]);
    expect(asFinal.findings[0]!.message).toMatch(/ It matches no instruction of the Dockerfile: see the warning about the history\.$/);
    expect(() => checkImage(builder, { dockerfile: { text, target: "nope" } })).toThrow(UnknownTargetError);
  });

  it("obeys suppression comments on the instruction a finding points at, and says when a prediction is suppressed", () => {
    const suppressedImage = `FROM node:20-alpine\nWORKDIR /app\nCOPY package.json ./\n# layerlint-disable-next-line image-secret-in-layer\nCOPY .env /app/.env\nRUN npm ci\nRUN rm /app/.env\nCMD ["node", "dist/index.js"]\n`;
    expect(checkImage(seedImage(), { dockerfile: { text: suppressedImage } }).findings).toEqual([]);
    const suppressedStatic = SEED.replace("COPY .env", "# layerlint-disable-next-line no-secret-file-copy\nCOPY .env");
    const [found] = checkImage(seedImage(), { dockerfile: { text: suppressedStatic } }).findings;
    expect(found!.attribution?.predictedBy.map((p) => [p.ruleId, p.suppressed])).toEqual([
      ["no-secret-file-copy", true],
      ["no-ineffective-delete", false],
    ]);
    expect(found!.message).toContain("predicted by no-secret-file-copy at line 5 (suppressed there), no-ineffective-delete at line 7.");
  });
});
