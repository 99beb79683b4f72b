import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { formatterNames } from "../src/formatters/index.js";
import { imageHelpText } from "../src/image/help.js";
import { IMAGE_OPTIONS, parseImageOptions } from "../src/image/options.js";
import { UsageError } from "../src/options.js";
import { configOf, dockerArchive, seedLayers, tarOf } from "../../node/test/image/archives.js";
import { fixture, run } from "./helpers.js";

const require = createRequire(import.meta.url);
const MULTITOOL: string = require("@microsoft/sarif-multitool");
const SARIF_SCHEMA = join(dirname(MULTITOOL), "sarif-2.1.0.json");
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/** The seed's Dockerfile, as the seed image below was built from it. */
const SEED_DOCKERFILE = "FROM node:20-alpine\nCOPY .env /app/.env\nRUN rm /app/.env\n";
const STRIPE = `sk_live_${"FAKE".repeat(6)}`;

/** A project with the seed image's archive (`seed.tar`) and its Dockerfile. */
async function seedProject(files: Record<string, string> = {}): Promise<string> {
  const { layers, config } = await seedLayers();
  return fixture({
    "seed.tar": await dockerArchive([{ tags: ["docker.io/library/seed:latest"], config, layers }]),
    "app/Dockerfile": SEED_DOCKERFILE,
    "app/.env": "STRIPE_KEY=placeholder\n",
    ...files,
  });
}

describe("layerlint image", () => {
  it("reports what the image holds, and exits 1", async () => {
    const cwd = await seedProject();
    const { code, stdout, stderr } = await run(["image", "seed.tar"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe("layerlint: note: Image docker.io/library/seed:latest: the contents of 1 file were not scanned for secret values (binary: 1, e.g. /bin/sh); their names were checked.\n");
    const lines = stdout.split("\n");
    const row = lines.findIndex((line) => line.startsWith("  1:1"));
    expect(lines.filter((line) => line.startsWith("  1:1"))).toHaveLength(1);
    expect(lines[row]).toMatch(
      /^ {2}1:1 {2}error {2}Layer 1 \(sha256:[0-9a-f]{12}\) of image docker\.io\/library\/seed:latest holds \/app\/\.env \(dotenv file, containing a Stripe key \(sk_l…\)\), deleted by layer 2 \(sha256:[0-9a-f]{12}\), which only hides it {2}image-secret-in-layer$/,
    );
    // A message without a fix sentence keeps how it leaks under the row.
    expect(lines[row + 1]).toBe("              docker save and tar x recover it");
    expect(stdout).toContain("seed.tar\n");
    expect(stdout).toContain("\u2716 1 problem (1 error, 0 warnings)\n");
    expect(stdout).not.toContain(STRIPE.slice(0, 5));
  });

  it("with --dockerfile, points at the instruction and names the static finding that predicted it (json: location, attribution)", async () => {
    const cwd = await seedProject();
    const { code, stdout } = await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "-f", "json"], { cwd });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as { filePath: string; messages: Record<string, unknown>[]; errorCount: number }[];
    expect(result!.filePath).toBe(join(cwd, "app/Dockerfile"));
    expect(result!.errorCount).toBe(1);
    const [message] = result!.messages;
    expect(message).toMatchObject({
      ruleId: "image-secret-in-layer",
      severity: 2,
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 20,
      messageId: "secretFile",
      location: { channel: "layer", image: "docker.io/library/seed:latest", layer: 1, path: "/app/.env", deletedInLayer: 2 },
      layerlint: {
        channel: "layers",
        stage: "#0",
        shipped: true,
        attribution: {
          line: 2,
          fromBaseImage: false,
          predictedBy: [
            { ruleId: "no-secret-file-copy", line: 2, severity: "error", suppressed: false },
            { ruleId: "no-ineffective-delete", line: 3, severity: "error", suppressed: false },
          ],
        },
      },
    });
    expect(String(message!.message)).toMatch(/ It comes from the COPY at line 2; predicted by no-secret-file-copy at line 2, no-ineffective-delete at line 3\.$/);
  });

  it("writes SARIF with logical and physical locations that passes the schema and Microsoft's validator", async () => {
    const cwd = await seedProject();
    const { code, stdout } = await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "-f", "sarif"], { cwd });
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: Record<string, unknown>[] }[] };
    const [result] = log.runs[0]!.results;
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(["image-secret-in-config", "image-secret-in-history", "image-secret-in-layer"]);
    expect(result!.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "app/Dockerfile", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 20 } },
        logicalLocations: [{ name: "/app/.env", fullyQualifiedName: "docker.io/library/seed:latest/layer/1/app/.env", kind: "resource" }],
      },
    ]);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")) as object);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const input = join(cwd, "report.sarif");
    writeFileSync(input, stdout);
    const validator = spawnSync(MULTITOOL, ["validate", input, "--rule-kind", "Sarif;Gh", "--level", "Error"], { encoding: "utf8", env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" } });
    expect(validator.status, validator.stdout).toBe(0);
    // Without a Dockerfile there is no line: the archive, with no region.
    const bare = JSON.parse((await run(["image", "seed.tar", "-f", "sarif"], { cwd })).stdout) as typeof log;
    expect((bare.runs[0]!.results[0]!.locations as { physicalLocation: object }[])[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "seed.tar", uriBaseId: "%SRCROOT%" } });
  });

  it.each(formatterNames)("prints %s without any secret value", async (format) => {
    const cwd = await seedProject();
    const { code, stdout } = await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "--format", format], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain("image-secret-in-layer");
    expect(stdout).toContain("sk_l");
    expect(stdout).not.toContain(STRIPE.slice(0, 5));
  });

  it("annotates GitHub on the Dockerfile line, or on the archive as a whole without one", async () => {
    const cwd = await seedProject();
    expect((await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "-f", "github"], { cwd })).stdout).toMatch(
      /^::error file=app\/Dockerfile,line=2,col=1,endLine=2,endColumn=20,title=layerlint\/image-secret-in-layer::Layer 1 /,
    );
    expect((await run(["image", "seed.tar", "-f", "github"], { cwd })).stdout).toMatch(/^::error file=seed\.tar,title=layerlint\/image-secret-in-layer::Layer 1 /);
  });

  it("applies config severities and --rule, and --max-warnings as for Dockerfiles", async () => {
    const cwd = await seedProject({ "app/.layerlintrc.json": '{"rules":{"image-secret-in-layer":"warn"}}' });
    const warned = await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "-f", "json"], { cwd });
    expect(warned.code).toBe(0);
    expect((JSON.parse(warned.stdout) as { warningCount: number }[])[0]!.warningCount).toBe(1);
    const limited = await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "--max-warnings", "0"], { cwd });
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain("layerlint found too many warnings (maximum: 0).\n");
    expect((await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "--quiet", "-f", "json"], { cwd })).stdout).toContain('"messages":[]');
    const off = await run(["image", "seed.tar", "--rule", "image-secret-in-layer:off"], { cwd });
    expect([off.code, off.stdout]).toEqual([0, ""]);
  });

  it("obeys a suppression comment on the instruction a finding points at", async () => {
    const cwd = await seedProject({ "app/Dockerfile": "FROM node:20-alpine\n# layerlint-disable-next-line image-secret-in-layer -- rotated\nCOPY .env /app/.env\nRUN rm /app/.env\n" });
    const { code, stdout } = await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile"], { cwd });
    expect([code, stdout]).toEqual([0, ""]);
  });

  it("says loudly when no Dockerfile rule predicted a secret the image holds", async () => {
    const layers = [await tarOf([{ name: "bin/sh", data: "x" }]), await tarOf([{ name: "app/.env", data: "X=1\n" }])];
    const config = configOf({ history: [{ created_by: "/bin/sh" }, { created_by: "/bin/sh -c touch /app/.env" }], layers });
    const cwd = fixture({ "gap.tar": await dockerArchive([{ tags: ["gap"], config, layers }]), Dockerfile: "FROM alpine\nRUN touch /app/.env\n" });
    const { code, stdout, stderr } = await run(["image", "gap.tar", "--dockerfile", "Dockerfile"], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain("It comes from the RUN at line 2, and no Dockerfile rule predicted it: a gap in layerlint's rules (please report it)");
    expect(stderr).toBe(
      "layerlint: 1 secret in the image comes from an instruction no Dockerfile rule flagged: a gap in layerlint's rules. Please report it at https://github.com/layerlint/layerlint/issues.\n",
    );
  });

  it("applies the config's secretFiles to the image's files, as to a Dockerfile's context", async () => {
    const layers = [await tarOf([{ name: "app/deploy.vault", data: "sealed\n" }])];
    const archive = await dockerArchive([{ tags: ["vault"], config: configOf({ history: [{ created_by: "/bin/sh -c #(nop) COPY" }], layers }), layers }]);
    const plain = fixture({ "vault.tar": archive });
    expect((await run(["image", "vault.tar"], { cwd: plain })).code).toBe(0);
    const configured = fixture({ "vault.tar": archive, ".layerlintrc.json": '{"secretFiles":{"deny":["*.vault"]}}' });
    const { code, stdout } = await run(["image", "vault.tar", "-f", "json"], { cwd: configured });
    expect(code).toBe(1);
    const messages = (JSON.parse(stdout) as { messages: { ruleId: string; location?: { path?: string } }[] }[])[0]!.messages;
    expect(messages.map((m) => [m.ruleId, m.location?.path])).toEqual([["image-secret-in-layer", "/app/deploy.vault"]]);
  });

  it("reads standard input (docker save IMAGE | layerlint image -)", async () => {
    const cwd = await seedProject();
    const { code, stdout } = await run(["image", "-", "-f", "json"], { cwd, stdin: readFileSync(join(cwd, "seed.tar")) });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { filePath: string; errorCount: number }[])[0]).toMatchObject({ filePath: "<stdin>", errorCount: 1 });
  });

  it("exits 0 for a clean image, and writes --output-file", async () => {
    const layers = [await tarOf([{ name: "app/index.js", data: "console.log(1)\n" }])];
    const cwd = fixture({ "clean.tar": await dockerArchive([{ tags: ["clean"], config: configOf({ history: [{ created_by: "/bin/sh" }], layers }), layers }]) });
    expect(await run(["image", "clean.tar"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await run(["image", "clean.tar", "-f", "json", "-o", "report.json"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(JSON.parse(readFileSync(join(cwd, "report.json"), "utf8"))).toMatchObject([{ filePath: join(cwd, "clean.tar"), messages: [] }]);
  });

  it("exits 2 for a --context that is no directory, as the Dockerfile lint does", async () => {
    const cwd = await seedProject();
    expect(await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "--context", "nope"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: "layerlint: --context nope: no such directory.\n",
    });
  });

  it("exits 2 on unreadable input: not an archive, a truncated layer (still reporting the rest), an unknown --image or --target", async () => {
    const cwd = await seedProject({ "notes.txt": "not an archive\n".repeat(50) });
    expect(await run(["image", "notes.txt"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: "layerlint: notes.txt is not an image archive: it is not a tar file (expected docker save, podman save, buildah push docker-archive:/oci-archive:, or an OCI layout directory).\n",
    });
    const fatal = await run(["image", "notes.txt", "-f", "json"], { cwd });
    expect(fatal.code).toBe(2);
    expect(JSON.parse(fatal.stdout)).toMatchObject([
      { filePath: join(cwd, "notes.txt"), messages: [{ ruleId: null, fatal: true, severity: 2, message: expect.stringMatching(/^notes\.txt is not an image archive: /) }], errorCount: 1 },
    ]);
    const { layers, config } = await seedLayers();
    const broken = [layers[0]!, layers[1]!, layers[2]!.subarray(0, 600)];
    const truncated = fixture({ "t.tar": await dockerArchive([{ tags: ["t"], config, layers: broken }]) });
    const partial = await run(["image", "t.tar", "-f", "json"], { cwd: truncated });
    expect(partial.code).toBe(2);
    expect((JSON.parse(partial.stdout) as { errorCount: number }[])[0]!.errorCount).toBe(1);
    expect(partial.stderr).toMatch(/\nlayerlint: t\.tar: Layer 2 \(sha256:[0-9a-f]{12}\) of image t could not be read to its end \(it is truncated \(its tar data ends in the middle of an entry\)\): files after that point were not checked\.\n/);
    expect((await run(["image", "seed.tar", "--image", "nginx"], { cwd })).stderr).toBe("layerlint: --image nginx matches no image of seed.tar (it holds: docker.io/library/seed:latest).\n");
    const target = await run(["image", "seed.tar", "--dockerfile", "app/Dockerfile", "--target", "prod"], { cwd });
    expect([target.code, target.stderr]).toEqual([2, 'layerlint: app/Dockerfile: Target stage "prod" does not exist in this Dockerfile (it has no named stages).\n']);
    const missing = await run(["image", "seed.tar", "--dockerfile", "nope/Dockerfile"], { cwd });
    expect([missing.code, missing.stderr]).toEqual([2, "layerlint: nope/Dockerfile: Cannot read the file: no such file or directory (ENOENT).\n"]);
  });
});

describe("layerlint image options", () => {
  it("need one archive, and a Dockerfile for --target and --context", () => {
    const bad = (argv: string[]) => {
      try {
        parseImageOptions(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error("expected a UsageError");
    };
    expect(bad([])).toBe("layerlint image needs the image archive to read (a docker save tar, an OCI layout directory, or - for standard input).");
    expect(bad(["a.tar", "b.tar"])).toBe("layerlint image reads one archive; got 2 (a.tar b.tar).");
    expect(bad(["a.tar", "--target", "x"])).toBe("--target names a stage of the Dockerfile: give it with --dockerfile.");
    expect(bad(["a.tar", "--context", "."])).toBe("--context is the Dockerfile's build context: give the Dockerfile with --dockerfile.");
    expect(bad(["a.tar", "-f", "xml"])).toBe('--format "xml" is not a format (use stylish, json, sarif, checkstyle, gitlab or github).');
    expect(parseImageOptions(["a.tar", "--image", "app:1", "--no-color", "--color"])).toMatchObject({ archive: "a.tar", image: "app:1", color: true, format: "stylish" });
  });

  it("are all in the help, which the main help points to", async () => {
    const help = imageHelpText();
    for (const [name, spec] of Object.entries(IMAGE_OPTIONS)) {
      expect(help, name).toContain(`--${name}`);
      if ("short" in spec) expect(help, name).toContain(`-${spec.short}, --${name}`);
    }
    expect((await run(["image", "--help"], { cwd: fixture() })).stdout).toBe(help);
    expect((await run(["--help"], { cwd: fixture() })).stdout).toContain("layerlint image [options] ARCHIVE");
  });
});
