import { describe, expect, it } from "vitest";
import { contextScope } from "../src/index.js";

describe("contextScope: what of the build context the COPY/ADD sources can send", () => {
  it.each([
    ["nothing: no COPY/ADD", "FROM alpine\nRUN echo hi\n", null],
    ["nothing: only --from, URLs, heredocs and ONBUILD triggers", "FROM alpine AS b\nFROM alpine\nCOPY --from=b /a /a\nADD https://example.org/x.tgz /x\nCOPY <<EOF /etc/x\nhi\nEOF\nONBUILD COPY . /app\n", null],
    ["a file and a directory", "FROM alpine\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/\n", ["package-lock.json", "package.json", "src"]],
    ["a glob's directory", "FROM alpine\nCOPY config/*.yml /etc/app/\nCOPY certs/**/*.crt /certs/\n", ["certs", "config"]],
    ["a path under another adds nothing", "FROM alpine\nCOPY app /app\nCOPY app/config/x.yml /x\n", ["app"]],
    ["the whole context", "FROM alpine\nCOPY package.json ./\nCOPY . .\n", [""]],
    ["a glob at the root", "FROM alpine\nCOPY *.json ./\n", [""]],
    ["a source not known statically", "FROM alpine\nARG DIR\nCOPY $DIR /app\n", [""]],
    ["a source with a known value", "FROM alpine\nARG DIR=web\nCOPY ${DIR}/dist /app\n", ["web/dist"]],
    ["ADD of a local archive", "FROM alpine\nADD vendor/tools.tar.gz /opt/\n", ["vendor/tools.tar.gz"]],
  ])("%s", (_name, text, expected) => {
    expect(contextScope(text)).toEqual(expected);
  });
});
