import { describe, expect, it } from "vitest";
import { CREDENTIAL_PROGRAMS, passesThrough, PROGRAMS } from "../../src/shell/programs/index.js";

describe("the program registry", () => {
  it("knows each program by every name once, and what it knows of each", () => {
    const knowledge = Object.fromEntries(
      [...PROGRAMS].map(([name, p]) => [name, [p.output && "output", p.effects && "effects", p.passesThrough && "passes", p.credentials && "credentials"].filter(Boolean).join(",")]),
    );
    expect(knowledge).toEqual({
      echo: "output,passes",
      printf: "output,passes",
      cat: "output,passes",
      tee: "output,effects,passes",
      base64: "output,passes",
      tr: "output,passes",
      sed: "output,passes",
      envsubst: "output,passes",
      rev: "output,passes",
      xxd: "output,passes",
      head: "output,passes",
      tail: "output,passes",
      awk: "output,passes",
      jq: "output,passes",
      xargs: "output,passes",
      cp: "effects",
      mv: "effects",
      install: "effects",
      touch: "effects",
      rm: "effects",
      shred: "effects",
      unlink: "effects",
      curl: "effects,credentials",
      wget: "effects",
      npm: "effects",
      yarn: "effects",
      docker: "effects,credentials",
      podman: "credentials",
      buildah: "credentials",
      nerdctl: "credentials",
      helm: "credentials",
      oras: "credentials",
      skopeo: "credentials",
      aws: "effects",
      git: "effects",
      mysql: "credentials",
      mysqldump: "credentials",
      mysqladmin: "credentials",
      mysqlimport: "credentials",
      mysqlshow: "credentials",
      mysqlcheck: "credentials",
      mariadb: "credentials",
      "mariadb-dump": "credentials",
      "mariadb-admin": "credentials",
      sshpass: "credentials",
    });
    expect(CREDENTIAL_PROGRAMS).toContain("docker");
    expect(passesThrough("cat")).toBe(true);
    expect(passesThrough("curl")).toBe(false);
  });
});
