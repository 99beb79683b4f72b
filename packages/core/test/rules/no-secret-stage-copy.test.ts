import { describe, expect, it } from "vitest";
import { FAKE, fakeContext, findingsWithRelated, messagesOf } from "../helpers.js";

const rule = "no-secret-stage-copy";
const at = (line: number, related: number[]) => ({ line, endLine: line, severity: "error" as const, messageId: "stageCopy", related });
const builder = (copy: string, extra = "") =>
  [
    "FROM node:20 AS builder",
    "WORKDIR /app",
    "ARG NPM_TOKEN",
    'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci',
    ...(extra ? [extra] : []),
    "FROM node:20",
    copy,
    "",
  ].join("\n");

describe(rule, () => {
  it.each<[string, string, ReturnType<typeof at>[]]>([
    ["the builder's /app with its .npmrc", builder("COPY --from=builder /app /app"), [at(6, [4])]],
    ["the builder's whole filesystem", builder("COPY --from=builder / /"), [at(6, [4])]],
    ["the file itself", builder("COPY --from=builder /app/.npmrc /root/"), [at(6, [4])]],
    ["only the build output", builder("COPY --from=builder /app/dist /app/dist"), []],
    ["the builder deleted it (in a later RUN)", builder("COPY --from=builder /app /app", "RUN rm .npmrc"), []],
    ["a secret file the builder copied in", "FROM a AS b\nCOPY .env /src/.env\nFROM c\nCOPY --from=b /src /app\n", [at(4, [2])]],
    ["into a stage that is not shipped", "FROM a AS b\nCOPY .env /src/.env\nFROM c AS d\nCOPY --from=b /src /app\nFROM e\n", []],
    ["from an external image", "FROM node\nCOPY --from=nginx:alpine /etc/nginx /etc/nginx\n", []],
  ])("%s", (_name, code, expected) => {
    expect(findingsWithRelated(rule, code)).toEqual(expected);
  });

  it("names the file, the stages and the fix", () => {
    expect(messagesOf(rule, builder("COPY --from=builder /app /app"))).toEqual([
      'COPY --from=builder carries /app/.npmrc from stage "builder" into the final image: docker save exposes it there. Copy only the build output (for example /app/dist), or create and delete the secret within one RUN of the builder (better: RUN --mount=type=secret).',
    ]);
  });

  describe("with the content of the copied context file read", () => {
    // The corpus shape: a builder copies the project's committed .npmrc, the final stage takes /app.
    const code = "FROM node:20 AS build\nWORKDIR /app\nCOPY package.json .npmrc ./\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\n";
    const withNpmrc = (text: string) => ({ context: fakeContext({ secretFiles: [".npmrc"], contents: { ".npmrc": text } }) });

    it("is a warning that says why when the .npmrc holds settings only", () => {
      const options = withNpmrc("legacy-peer-deps=true\nengine-strict=true\n");
      expect(findingsWithRelated(rule, code, options)).toEqual([{ ...at(6, [3]), severity: "warning", messageId: "stageCopyNoLiteral" }]);
      expect(messagesOf(rule, code, options)).toEqual([
        'COPY --from=build carries /app/.npmrc from stage "build" into the final image, but what the build context holds there is no credential (settings or variable references only): nothing secret ships today, yet a token written into it later would. Copy only the build output (for example /app/dist), or mount the file for the RUN that needs it (RUN --mount=type=secret).',
      ]);
    });

    it("stays an error for a literal token, for a file not read, and for a file the builder writes", () => {
      expect(findingsWithRelated(rule, code, withNpmrc(`//registry.npmjs.org/:_authToken=${FAKE.npm}\n`))).toEqual([at(6, [3])]);
      expect(findingsWithRelated(rule, code, { context: fakeContext({ secretFiles: [".npmrc"] }) })).toEqual([at(6, [3])]);
      expect(findingsWithRelated(rule, code)).toEqual([at(6, [3])]);
      const written = code.replace("RUN npm ci", 'ARG NPM_TOKEN\nRUN echo "//r/:_authToken=${NPM_TOKEN}" >> .npmrc && npm ci');
      expect(findingsWithRelated(rule, written, withNpmrc("engine-strict=true\n"))).toEqual([at(7, [5])]);
    });
  });
});
