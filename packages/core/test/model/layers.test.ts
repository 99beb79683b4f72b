/**
 * The layer model, directly, as tables: each Dockerfile (and build context) with what every stage
 * holds at its end (path ← instruction line, secret kind) and what each RUN's deletes hide.
 */
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/index.js";
import { parseDockerfile } from "../../src/parse/dockerfile.js";
import type { BuildContext } from "../../src/types.js";

function contextOf(secretFiles: readonly string[], ignore = ""): BuildContext {
  const excluded = new Set(ignore.split("\n").filter(Boolean));
  return {
    ignoreFile: ignore === "" ? null : { path: ".dockerignore", text: ignore, perDockerfile: false },
    isExcluded: (path) => excluded.has(path),
    secretFiles: secretFiles.filter((path) => !excluded.has(path)).map((path) => ({ path, type: "file" as const })),
  };
}

/** `path@line kind` for every tracked file at each stage's end. */
function ends(text: string, context?: BuildContext): string[][] {
  const model = buildModel(parseDockerfile(text), { target: undefined, names: undefined, files: undefined, context, fileName: undefined });
  const layers = model.layers();
  return model.stages.stages.map((stage) =>
    [...layers.stage(stage.index).end.values()].map((f) => `${f.path}@${f.addedBy.span.line} ${f.secretKind ?? "-"}`).sort(),
  );
}

/** `path@addedLine hidden by line N` for every hide of every layer of the last stage. */
function hides(text: string): string[] {
  const model = buildModel(parseDockerfile(text), { target: undefined, names: undefined, files: undefined, context: undefined, fileName: undefined });
  const last = model.stages.stages.length - 1;
  return model
    .layers()
    .stage(last)
    .layers.flatMap((layer) => layer.hides.map(({ file }) => `${file.path}@${file.addedBy.span.line} hidden by line ${layer.instruction.span.line}`));
}

describe("buildLayers: what each stage holds at its end", () => {
  it.each<[string, string, string[][], BuildContext?]>([
    ["an explicit secret source, resolved against WORKDIR", "FROM a\nWORKDIR /app\nCOPY .env ./\n", [["/app/.env@3 dotenv file"]]],
    ["a file destination keeps its name", "FROM a\nCOPY id_rsa /root/.ssh/key\n", [["/root/.ssh/key@2 SSH private key"]]],
    ["the context's secret files under COPY . .", "FROM a\nCOPY . /srv\n", [["/srv/config/.npmrc@2 npm credentials"]], contextOf(["config/.npmrc"])],
    ["an ignored secret file is not sent", "FROM a\nCOPY . /srv\n", [[]], contextOf(["config/.npmrc"], "config/.npmrc")],
    ["a directory source sends what is under it, relative to it", "FROM a\nCOPY config /etc/app\n", [["/etc/app/.npmrc@2 npm credentials", "/etc/app@2 -"]], contextOf(["config/.npmrc", "other/.env"])],
    ["--exclude leaves a file out", "FROM a\nCOPY --exclude=*.pem certs /certs\n", [["/certs@2 -"]], contextOf(["certs/server.pem"])],
    ["a RUN that writes a tainted file", "FROM a\nARG NPM_TOKEN\nRUN echo \"//r/:_authToken=$NPM_TOKEN\" > /app/cfg\n", [["/app/cfg@3 file written with $NPM_TOKEN"]]],
    ["a delete in the same RUN leaves nothing", "FROM a\nARG T\nRUN echo $T > /x && rm /x\n", [[]]],
    ["a later RUN rm removes it from the end (the layer still holds it)", "FROM a\nCOPY .env /app/.env\nRUN rm /app/.env\n", [[]]],
    ["USER moves the home directory", "FROM a\nUSER app\nRUN docker login -u u -p FAKEpassw0rdFAKE r.example\n", [["/home/app/.docker/config.json@3 Docker credentials"]]],
    ["COPY --from carries a stage's end, FROM inherits it", "FROM a AS b\nCOPY .npmrc /b/.npmrc\nFROM b AS c\nFROM a\nCOPY --from=c /b /out\n", [["/b/.npmrc@2 npm credentials"], ["/b/.npmrc@2 npm credentials"], ["/out/.npmrc@5 npm credentials"]]],
  ])("%s", (_name, text, expected, context) => {
    expect(ends(text, context)).toEqual(expected);
  });
});

describe("buildLayers: what a RUN's deletes hide", () => {
  it.each<[string, string, string[]]>([
    ["rm of an earlier layer's file", "FROM a\nCOPY .env /app/.env\nRUN rm /app/.env\n", ["/app/.env@2 hidden by line 3"]],
    ["rm -rf of its directory hides every copy", "FROM a\nCOPY .env /app/.env\nCOPY .env /app/.env\nRUN rm -rf /app\n", ["/app/.env@2 hidden by line 4", "/app/.env@3 hidden by line 4"]],
    // A glob names no file exactly: the shell model does not guess (docs/spec.md §4 errs toward silence).
    ["a glob delete names no file", "FROM a\nCOPY server.pem /certs/server.pem\nRUN rm /certs/*.pem\n", []],
    ["mv hides its source", "FROM a\nCOPY .env /tmp/.env\nRUN mv /tmp/.env /app/.env\n", ["/tmp/.env@2 hidden by line 3"]],
    ["a delete of another path hides nothing", "FROM a\nCOPY .env /app/.env\nRUN rm /app/.env.bak\n", []],
  ])("%s", (_name, text, expected) => {
    expect(hides(text)).toEqual(expected);
  });
});
