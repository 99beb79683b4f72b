import type { BuildConfigRuleId } from "../../types.js";
import { noSecretBuildArg } from "./no-secret-build-arg.js";
import { noSecretCacheExport } from "./no-secret-cache-export.js";
import { noSecretInComposeEnv } from "./no-secret-in-compose-env.js";
import type { BuildConfigRule } from "./types.js";

/**
 * The build-configuration rule registry: id → rule. Same namespace as the Dockerfile rules (one
 * `.layerlintrc` `rules` object sets both); guarded by a test against this folder, docs and fixtures.
 * Nothing here loads `yaml`: the Dockerfile side (config validation, rule docs) can list them.
 */
export const buildConfigRules: ReadonlyMap<BuildConfigRuleId, BuildConfigRule> = new Map<BuildConfigRuleId, BuildConfigRule>(
  [noSecretBuildArg, noSecretCacheExport, noSecretInComposeEnv].map((rule) => [rule.id, rule]),
);
