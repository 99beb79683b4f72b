import { describe, expect, it } from "vitest";
import { parseCreatedBy } from "../../src/index.js";

describe("parseCreatedBy", () => {
  it("reads buildah's and the classic builder's RUN with its build args", () => {
    const text = "|2 NPM_TOKEN=abc123 OTHER=default1 /bin/sh -c echo hi > .npmrc";
    expect(parseCreatedBy(text)).toEqual({
      keyword: "RUN",
      buildArgs: [
        { name: "NPM_TOKEN", value: "abc123", valueStart: 13 },
        { name: "OTHER", value: "default1", valueStart: 26 },
      ],
      pairs: [],
      text: "echo hi > .npmrc",
    });
  });

  it("reads BuildKit's RUN (keyword first, `# buildkit` last)", () => {
    expect(parseCreatedBy("RUN |1 NPM_TOKEN=xyz /bin/sh -c npm ci # buildkit")).toEqual({
      keyword: "RUN",
      buildArgs: [{ name: "NPM_TOKEN", value: "xyz", valueStart: 17 }],
      pairs: [],
      text: "npm ci",
    });
  });

  it("keeps a value with spaces whole when another arg follows it", () => {
    const { buildArgs } = parseCreatedBy("|2 MSG=hello world TOKEN=t /bin/sh -c true");
    expect(buildArgs.map((a) => [a.name, a.value])).toEqual([
      ["MSG", "hello world"],
      ["TOKEN", "t"],
    ]);
  });

  it("reads a RUN without build args, and the classic `/bin/sh -c` form, as RUN", () => {
    expect(parseCreatedBy("/bin/sh -c apk add curl")).toEqual({ keyword: "RUN", buildArgs: [], pairs: [], text: "apk add curl" });
    expect(parseCreatedBy("RUN /bin/sh -c apk add curl # buildkit")).toEqual({ keyword: "RUN", buildArgs: [], pairs: [], text: "apk add curl" });
  });

  it("reads `#(nop)` instructions and their ENV/LABEL/ARG pairs", () => {
    expect(parseCreatedBy("/bin/sh -c #(nop) ENV API_SECRET=${NPM_TOKEN} MODE=prod")).toEqual({
      keyword: "ENV",
      buildArgs: [],
      pairs: [
        { name: "API_SECRET", value: "${NPM_TOKEN}", valueStart: 33 },
        { name: "MODE", value: "prod", valueStart: 51 },
      ],
      text: "API_SECRET=${NPM_TOKEN} MODE=prod",
    });
    expect(parseCreatedBy("/bin/sh -c #(nop)  LABEL build.token=$T").pairs).toEqual([{ name: "build.token", value: "$T", valueStart: 37 }]);
    expect(parseCreatedBy("/bin/sh -c #(nop) ARG NPM_TOKEN OTHER")).toEqual({ keyword: "ARG", buildArgs: [], pairs: [], text: "NPM_TOKEN OTHER" });
    expect(parseCreatedBy("/bin/sh -c #(nop) COPY file:093bb9 in /app/.env ")).toEqual({ keyword: "COPY", buildArgs: [], pairs: [], text: "file:093bb9 in /app/.env " });
  });

  it("reads BuildKit's ENV, quoted values and the legacy `ENV NAME value` form", () => {
    expect(parseCreatedBy('ENV A="x y" B=2').pairs.map((p) => [p.name, p.value])).toEqual([
      ["A", "x y"],
      ["B", "2"],
    ]);
    expect(parseCreatedBy("/bin/sh -c #(nop) ENV TOKEN some value").pairs.map((p) => [p.name, p.value])).toEqual([["TOKEN", "some value"]]);
  });

  it("says nothing about text it does not recognise", () => {
    expect(parseCreatedBy("/bin/sh")).toEqual({ keyword: null, buildArgs: [], pairs: [], text: "/bin/sh" });
    expect(parseCreatedBy("")).toEqual({ keyword: null, buildArgs: [], pairs: [], text: "" });
    expect(parseCreatedBy("made by some tool")).toEqual({ keyword: null, buildArgs: [], pairs: [], text: "made by some tool" });
  });

  it("removes the ` # buildkit` suffix after any run of blanks, and only after a blank", () => {
    expect(parseCreatedBy("RUN /bin/sh -c true \t  # buildkit").text).toBe("true");
    expect(parseCreatedBy("RUN /bin/sh -c echo a# buildkit").text).toBe("echo a# buildkit");
  });

  it("reads a million blanks before the end in linear time (a backtracking regex took minutes)", () => {
    expect(parseCreatedBy(`RUN /bin/sh -c true${" ".repeat(1_000_000)}x`).keyword).toBe("RUN");
    expect(parseCreatedBy(`RUN /bin/sh -c true${" ".repeat(1_000_000)}`).keyword).toBe("RUN");
  }, 2_000);

  it("reads at most 1,000 build args, linearly, whatever `|N` claims", () => {
    const text = `|99999 ${Array.from({ length: 5000 }, (_, i) => `A${i}=v`).join(" ")} /bin/sh -c true`;
    expect(parseCreatedBy(text).buildArgs).toHaveLength(1000);
  });
});
