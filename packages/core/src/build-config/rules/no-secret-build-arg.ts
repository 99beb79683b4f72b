/**
 * A build arg is not a secret channel: BuildKit records the build args a RUN sees in the image
 * history (`RUN |1 NPM_TOKEN=… /bin/sh -c …`), and every stage's build-arg values in the provenance
 * attestation, whose SLSA definitions list `args` under `mode=min` and `mode=max` alike. The build
 * configuration is where the value is put into the arg, so that is where the leak starts.
 */
import { docsUrl } from "../../rules/types.js";
import { secretId } from "../../rule-kit/secrets.js";
import type { BuildSpec } from "../types.js";
import { buildArgSecretReason, type SecretReason } from "../values.js";
import { defineBuildConfigRule } from "./types.js";

function reasonText(reason: SecretReason): string {
  switch (reason.kind) {
    case "secret-reference":
      return `is set from the secret secrets.${reason.name}${reason.via ? ` (through the environment variable ${reason.via})` : ""}`;
    case "secret-variable":
      return reason.reference === "environment"
        ? `is set from the variable ${reason.name}, whose name says it holds a secret`
        : reason.reference === "variable"
          ? `is set from vars.${reason.name}, whose name says it holds a secret`
          : `is set from ${reason.name}, whose name says it holds a secret`;
    case "literal":
      return `holds a literal ${reason.secretKind}`;
    case "name":
      return "carries a secret by its name";
  }
}

/** The build-configuration side of the fix, in the form this build is configured in. */
function fixText(build: BuildSpec, id: string, name: string): string {
  switch (build.via) {
    case "compose":
      return `compose build.secrets (a top-level secrets: entry "${id}" read from an environment variable or a file)`;
    case "build-push-action":
      return `the action's secrets: input ("${id}=" followed by the secret)`;
    case "bake":
      return `bake's secret attribute ("id=${id},env=${name}")`;
    default:
      return `--secret id=${id},env=${name}`;
  }
}

export const noSecretBuildArg = defineBuildConfigRule({
  id: "no-secret-build-arg",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow build args that pass a secret to the build",
      recommended: true,
      url: docsUrl("no-secret-build-arg"),
    },
    messages: {
      secretBuildArg:
        "Build arg {{name}} {{reason}}: its value is recorded in the image history of every RUN that uses it and in the build's provenance attestations, which BuildKit fills in mode=min too. Pass it as a build secret with {{fix}}, and read it in the Dockerfile with RUN --mount=type=secret,id={{id}},env={{name}}.",
      secretBuildArgNoProvenance:
        "Build arg {{name}} {{reason}}: its value is recorded in the image history of every RUN that uses it (this build turns provenance off; with it on, the attestation records every build arg too). Pass it as a build secret with {{fix}}, and read it in the Dockerfile with RUN --mount=type=secret,id={{id}},env={{name}}.",
    },
    schema: [],
    defaultOptions: [],
    channel: "history",
    severity: "error",
  },
  check({ config, names, report }) {
    for (const build of config.builds) {
      for (const arg of build.args) {
        const reason = buildArgSecretReason(arg.name, arg.value, names);
        if (!reason) continue;
        const id = secretId(arg.name);
        report({
          messageId: build.provenance === false ? "secretBuildArgNoProvenance" : "secretBuildArg",
          data: { name: arg.name, reason: reasonText(reason), fix: fixText(build, id, arg.name), id },
          span: arg.span,
          secrets: reason.kind === "literal" || reason.kind === "name" ? reason.secrets : [],
        });
      }
    }
  },
});
