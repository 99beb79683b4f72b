// Lints the TypeScript sources, and the repo's own Dockerfiles with layerlint through its ESLint
// plugin (built by `npm run setup`, which `npm test` runs first).
import tseslint from "typescript-eslint";
import layerlint from "./packages/eslint-plugin/dist/index.js";

export default tseslint.config(
  // bench/results/ is benchmark output (gitignored), including a generated project's Dockerfile.
  { ignores: ["**/dist/**", "packages/cli/dist-bundle/**", "**/node_modules/**", "bench/.corpus/**", "bench/results/**", "coverage/**"] },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ...layerlint.configs.recommended,
    ignores: [
      ...layerlint.configs.recommended.ignores,
      // The leaky examples leak on purpose: the README demo lints them to show every finding.
      // Disable comments in them would hide exactly what they exist to show.
      "examples/leaky-*/**",
      // Test inputs, leaky by design; their expected findings are checked by the test suite.
      "test/fixtures/**",
      "test/fixtures-config/**",
      "test/corpus/**",
      // Inputs saved by fuzz campaigns: arbitrary text, leaky or malformed on purpose.
      "test/fixtures-fuzz/**",
    ],
  },
);
