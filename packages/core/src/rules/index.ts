import { buildConfigRules } from "../build-config/rules/index.js";
import type { BuildConfigRule } from "../build-config/rules/types.js";
import type { RuleId } from "../types.js";
import { noHardcodedSecret } from "./no-hardcoded-secret.js";
import { noIneffectiveDelete } from "./no-ineffective-delete.js";
import { noSecretFileCopy } from "./no-secret-file-copy.js";
import { noSecretInArg } from "./no-secret-in-arg.js";
import { noSecretInContextFile } from "./no-secret-in-context-file.js";
import { noSecretInEnv } from "./no-secret-in-env.js";
import { noSecretMountCopy } from "./no-secret-mount-copy.js";
import { noSecretStageCopy } from "./no-secret-stage-copy.js";
import { requireDockerignore } from "./require-dockerignore.js";
import { requireDockerignoreEntries } from "./require-dockerignore-entries.js";
import { requireSecretMount } from "./require-secret-mount.js";
import type { Rule } from "./types.js";

/** The rule registry: id → rule. Guarded by a test against the rules folder, docs and fixtures. */
export const rules: ReadonlyMap<RuleId, Rule> = new Map<RuleId, Rule>(
  [
    noSecretInArg,
    noSecretInEnv,
    noHardcodedSecret,
    requireSecretMount,
    noSecretFileCopy,
    noIneffectiveDelete,
    noSecretMountCopy,
    requireDockerignore,
    requireDockerignoreEntries,
    noSecretStageCopy,
    noSecretInContextFile,
  ].map((rule) => [rule.id, rule]),
);

/** A rule of either registry by id: Dockerfile rules and build-configuration rules share one namespace. */
export function getRule(id: string): Rule | BuildConfigRule | undefined {
  return rules.get(id as RuleId) ?? (buildConfigRules as ReadonlyMap<string, BuildConfigRule>).get(id);
}
