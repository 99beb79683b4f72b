import { describe, expect, it } from "vitest";
import { findingsOf, messagesOf, type Expected } from "../helpers.js";

const rule = "no-secret-mount-copy";
const whole = (line: number, text: string, severity: Expected["severity"] = "error"): Expected => ({
  messageId: "mountCopy",
  line,
  column: 1,
  endLine: line,
  endColumn: text.length + 1,
  severity,
});
const cp = "RUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /root/.npmrc && npm ci";
const redirect = "RUN --mount=type=secret,id=t cat /run/secrets/t > /app/token";
const viaVar = 'RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) && echo "//r/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci';
const envMount = "RUN --mount=type=secret,id=t,env=TOKEN echo $TOKEN > /app/token";
const target = "RUN --mount=type=secret,id=aws,target=/root/.aws/credentials cp /root/.aws/credentials /app/creds";

describe(rule, () => {
  it.each<[string, string, Expected[]]>([
    ["cp of the mounted file", `FROM node\n${cp}\n`, [whole(2, cp)]],
    ["cp then rm in the same RUN", `FROM node\n${cp} && rm /root/.npmrc\n`, []],
    ["redirect of the mounted file", `FROM node\n${redirect}\n`, [whole(2, redirect)]],
    ["the secret read into a variable and written out", `FROM node\nWORKDIR /app\n${viaVar}\n`, [whole(3, viaVar)]],
    ["the seed's BuildKit version deletes its .npmrc", `FROM node\nWORKDIR /app\n${viaVar} && rm .npmrc\n`, []],
    ["env= mount written to a file", `FROM node\n${envMount}\n`, [whole(2, envMount)]],
    ["custom target copied", `FROM node\n${target}\n`, [whole(2, target)]],
    ["the mount used in place", "FROM node\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://bucket/x /x\n", []],
    ["builder stage: warning", `FROM node AS b\n${cp}\nFROM alpine\n`, [whole(2, cp, "warning")]],
  ])("%s", (_name, code, expected) => {
    expect(findingsOf(rule, code)).toEqual(expected);
  });

  it("names the file and the fix", () => {
    expect(messagesOf(rule, `FROM node\n${cp}\n`)).toEqual([
      "RUN copies its mounted secret into /root/.npmrc, which stays in this layer in the final image: the mount disappears after the RUN, the copy does not. Use the mounted file in place (--mount=type=secret,target=…) or delete the copy in the same RUN.",
    ]);
  });
});
