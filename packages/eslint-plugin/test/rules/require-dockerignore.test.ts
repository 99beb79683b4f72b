import { dockerfileIn, ruleOf, ruleTester } from "../rule-tester.js";

const code = "FROM node\nWORKDIR /app\nCOPY . .\n";
const noIgnoreFile = dockerfileIn({ "package.json": "{}\n" });
const noIgnoreFileWithEnv = dockerfileIn({ "package.json": "{}\n", ".env": "SESSION_SECRET=not-a-real-secret\n" });
const withIgnoreFile = dockerfileIn({ ".dockerignore": ".env\n" });
const withPerDockerfileIgnore = dockerfileIn({ "Dockerfile.dockerignore": ".env\n" });

ruleTester.run("require-dockerignore", ruleOf("require-dockerignore"), {
  valid: [
    { code, filename: withIgnoreFile },
    { code, filename: withPerDockerfileIgnore },
    // No file on disk (`<input>`) and no `context` option: no build context, nothing to say.
    code,
    { code: "FROM node\nCOPY package.json src/ ./\n", filename: noIgnoreFile },
    // The `context` option (relative to ESLint's cwd, or absolute) replaces the Dockerfile's directory.
    { code, filename: noIgnoreFile, languageOptions: { context: withIgnoreFile.replace(/[\\/]Dockerfile$/, "") } },
  ],
  invalid: [
    {
      code,
      filename: noIgnoreFile,
      errors: [
        {
          messageId: "noSecretsYet",
          data: {
            message:
              "COPY . copies the whole build context and no .dockerignore applies: layerlint found no secret in it today, but any secret added to it later (.env, keys, credentials) lands in a layer. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
        },
      ],
    },
    {
      code,
      filename: noIgnoreFileWithEnv,
      errors: [
        {
          messageId: "sendsSecrets",
          data: {
            message:
              "COPY . copies the whole build context and no .dockerignore applies: it sends .env into a layer in the final image. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
        },
      ],
    },
    {
      code,
      filename: withIgnoreFile,
      languageOptions: { context: noIgnoreFile.replace(/[\\/]Dockerfile$/, "") },
      errors: [{ messageId: "noSecretsYet", line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
  ],
});
