import { describe, expect, it } from "vitest";
import { contentSkipReason, scanContextFile, type ContentFinding } from "../../src/index.js";
import { FAKE } from "../helpers.js";

const PASSWORD = "Fake-Qz8r-Vw3t9";
const ENTROPY = "Fake0Key1Zx8f3Kq9LmP2vR7";

/** `line:column-endColumn kind [key]` of every finding (one-line findings). */
function found(path: string, text: string): string[] {
  return scanContextFile(path, text).findings.map(
    (f: ContentFinding) => `${f.line}:${f.column}-${f.endLine === f.line ? "" : `${f.endLine}:`}${f.endColumn} ${f.kind}${f.key === undefined ? "" : ` [${f.key}]`}`,
  );
}

describe("scanContextFile", () => {
  describe("YAML", () => {
    it.each<[string, string, string[]]>([
      ["a literal password", `password: ${PASSWORD}\n`, ["1:11-26 literal password [password]"]],
      ["three keys deep", `production:\n  db:\n    password: ${PASSWORD}\n`, ["3:15-30 literal password [password]"]],
      ["a quoted value", `password: "${PASSWORD}"\n`, ["1:12-27 literal password [password]"]],
      ["a quoted key", `"db_password": ${PASSWORD}\n`, ["1:16-31 literal password [db_password]"]],
      ["a list item", `- password: ${PASSWORD}\n`, ["1:13-28 literal password [password]"]],
      ["a trailing comment", `password: ${PASSWORD} # rotated\n`, ["1:11-26 literal password [password]"]],
      ["an anchor", `password: &pw ${PASSWORD}\n`, ["1:15-30 literal password [password]"]],
      ["a high-entropy token", `api_token: ${ENTROPY}\n`, ["1:12-36 high-entropy token [api_token]"]],
      ["a Kubernetes env list entry", `env:\n  - name: DB_PASSWORD\n    value: "${PASSWORD}"\n`, ["3:13-28 literal password [DB_PASSWORD]"]],
      ["a connection string with credentials", "database_url: postgres://app:FakeDbPass42@db/app\n", ["1:30-42 URL credentials"]],
      ["a token format under any key", `notify: ${FAKE.github}\n`, ["1:9-49 GitHub token"]],
      ["a token format under a secret key keeps the key", `github_token: ${FAKE.github}\n`, ["1:15-55 GitHub token [github_token]"]],
    ])("%s", (_name, text, expected) => {
      expect(found("config/app.yml", text)).toEqual(expected);
    });

    it.each<[string, string]>([
      ["a ${VAR} reference", "password: ${DB_PASSWORD}\n"],
      ["an ERB reference", 'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n'],
      ["a Helm template", "apiKey: {{ .Values.apiKey }}\n"],
      ["a GitHub Actions expression", "password: ${{ secrets.REGISTRY_PASSWORD }}\n"],
      ["an Ansible vault value", "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  3162353463353933\n"],
      ["a CloudFormation reference", "MasterUserPassword: !Ref DbPassword\n"],
      ["a sops-encrypted value", "password: ENC[AES256_GCM,data:FakeData42,iv:FakeIv42,tag:FakeTag,type:str]\n"],
      ["changeme", "password: changeme\n"],
      ["an angle placeholder", 'api_token: "<your token>"\n'],
      ["a vendor EXAMPLE key", "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"],
      ["an empty value", 'password: ""\nsecret:\n'],
      ["a __PLACEHOLDER__", "password: __DB_PASSWORD__\n"],
      ["a variable name", "password: DB_PASSWORD\n"],
      ["a plain word", "password: postgres\n"],
      ["a label with spaces", "password_label: Enter your password\nforgot_password: Forgot your password? Reset it here\n"],
      ["a path", "password: /run/secrets/db_password\n"],
      ["a switch", "auth: true\nsecret: no\n"],
      ["a number", "token_ttl: 3600\npassword: 12345\n"],
      ["a qualifier after the secret word", `password_hash: ${ENTROPY}\ntoken_regex: ${ENTROPY}\n`],
      ["a lone key", `key: ${ENTROPY}\n`],
      ["a block scalar", "password: |\n  not read here\n"],
      ["a flow mapping", `db: { password: ${PASSWORD} }\n`],
      ["a URL password on an example host", "url: https://user:FakePass42@example.com/x\n"],
      ["a URL password of two characters", "url: redis://:pw@cache:6379\n"],
    ])("%s is clean", (_name, text) => {
      expect(found("config/app.yml", text)).toEqual([]);
    });
  });

  describe("JSON", () => {
    it("reads several pairs on one line and nested objects", () => {
      expect(found("app.json", `{"user": "app", "apiKey": "${ENTROPY}", "db": {"password": "${PASSWORD}"}}\n`)).toEqual([
        "1:28-52 high-entropy API key [apiKey]",
        "1:75-90 literal password [password]",
      ]);
    });
    it("ignores translations, labels and type names", () => {
      expect(found("i18n/zh.json", '{\n  "password": "请输入您的密码令牌值在这里",\n  "token": "String",\n  "passwordHint": "Min8Chars!"\n}\n')).toEqual([]);
      expect(found("i18n/en.json", '{ "password": "Password", "reset_password": "Reset password" }\n')).toEqual([]);
    });
    it("reads a connection string's password", () => {
      expect(found("appsettings.json", '{ "Default": "Server=db;Database=app;User Id=app;Password=FakeSqlPa55w0rd;" }\n')).toEqual([
        "1:59-74 literal password [Password]",
      ]);
    });
    it("reads an ECS-style name/value pair", () => {
      expect(found("task.json", `{\n  "name": "DB_PASSWORD",\n  "value": "${PASSWORD}"\n}\n`)).toEqual(["3:13-28 literal password [DB_PASSWORD]"]);
    });
  });

  describe("TOML and HCL", () => {
    it("reads quoted values", () => {
      expect(found("config.toml", `[database]\npassword = "${PASSWORD}"\n`)).toEqual(["2:13-28 literal password [password]"]);
      expect(found("prod.tfvars", `db_password = "${PASSWORD}"\n`)).toEqual(["1:16-31 literal password [db_password]"]);
    });
  });

  describe("INI, .properties and .cnf", () => {
    it.each<[string, string, string[]]>([
      ["an INI pair", `[db]\npassword = ${PASSWORD}\n`, ["2:12-27 literal password [password]"]],
      ["a Spring property", `spring.datasource.password=${PASSWORD}\n`, ["1:28-43 literal password [spring.datasource.password]"]],
      ["a colon separator", `client.secret: ${ENTROPY}\n`, ["1:16-40 high-entropy secret [client.secret]"]],
    ])("%s", (_name, text, expected) => {
      expect(found("app.properties", text)).toEqual(expected);
    });
    it("leaves interpolation and comments alone", () => {
      expect(found("app.ini", "[db]\npassword = %(DB_PASSWORD)s\n; password = Fake-Qz8r-Vw3t9\n# secret = Fake-Qz8r-Vw3t9\n")).toEqual([]);
    });
  });

  describe(".env files and shell scripts", () => {
    it.each<[string, string, string[]]>([
      ["KEY=value", `DB_PASSWORD=${PASSWORD}\n`, ["1:13-28 literal password [DB_PASSWORD]"]],
      ["export KEY=value", `export DB_PASSWORD=${PASSWORD}\n`, ["1:20-35 literal password [DB_PASSWORD]"]],
      ["a quoted value", `API_SECRET="${ENTROPY}"\n`, ["1:13-37 high-entropy secret [API_SECRET]"]],
    ])("%s", (_name, text, expected) => {
      expect(found("config/app.env", text)).toEqual(expected);
      expect(found("scripts/setup.sh", text)).toEqual(expected);
    });
    it("counts references and literals it does not report", () => {
      expect(scanContextFile("config/app.env", "DB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=$API_TOKEN\nSECRET=hunter\nEMPTY_SECRET=\n")).toEqual({
        findings: [],
        references: 2,
        unconfirmed: 1,
      });
    });
  });

  describe(".npmrc and .netrc", () => {
    it("tells a reference from a literal token", () => {
      expect(scanContextFile(".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n")).toEqual({ findings: [], references: 1, unconfirmed: 0 });
      expect(found(".npmrc", `//registry.npmjs.org/:_authToken=${FAKE.npm}\n`)).toEqual(["1:34-74 npm token [_authToken]"]);
      expect(found("packages/web/.npmrc", `//npm.pkg.github.com/:_authToken=${ENTROPY}\n`)).toEqual([
        "1:34-58 .npmrc auth token [_authToken]",
      ]);
    });
    it("reads a .netrc password", () => {
      expect(found(".netrc", `machine api.internal login app password ${PASSWORD}\n`)).toEqual(["1:41-56 literal password [password]"]);
    });
  });

  describe("XML", () => {
    it("reads elements and attributes", () => {
      expect(found("settings.xml", `<server>\n  <password>${PASSWORD}</password>\n</server>\n<add key="x" password="${ENTROPY}"/>\n`)).toEqual([
        "2:13-28 literal password [password]",
        "4:24-48 high-entropy password [password]",
      ]);
    });
  });

  describe("source code", () => {
    it.each<[string, string, string, string[]]>([
      ["Python", "settings.py", 'SECRET_KEY = "fake-9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c"\n', ["1:15-52 high-entropy secret key [SECRET_KEY]"]],
      ["JavaScript", "src/config.js", `export default { apiKey: '${ENTROPY}' };\n`, ["1:27-51 high-entropy API key [apiKey]"]],
      ["Go", "main.go", `var cfg = Config{Token: "${ENTROPY}"}\n`, ["1:26-50 high-entropy token [Token]"]],
      ["PHP", "config.php", `$config['db_password'] = '${ENTROPY}';\n`, ["1:27-51 high-entropy password [db_password]"]],
      ["Ruby", "config.rb", `{ :api_secret => "${ENTROPY}" }\n`, ["1:19-43 high-entropy secret [api_secret]"]],
      ["a token format in a README", "README.md", `Use ${FAKE.github} to log in.\n`, ["1:5-45 GitHub token"]],
    ])("%s", (_name, path, text, expected) => {
      expect(found(path, text)).toEqual(expected);
    });
    it.each<[string, string]>([
      ["a plain password in code (only random strings count there)", `password = "${PASSWORD}"\n`],
      ["an unquoted value", `password = ${ENTROPY}\n`],
      ["a comparison", `if (password === "${ENTROPY}") {}\n`],
      ["an environment lookup", 'PASSWORD = os.environ["DB_PASSWORD"]\n'],
      ["a camel-case identifier under a token name", 'lastSignificantToken = "?NonExpressionParenEnd";\n'],
      ["a backtick name in prose", "- `url-token`: `url('./icon.png')`\n"],
      ["a format slot", 'headers = "Authorization: token %s"\n'],
      [".npmrc syntax in code", "this._auth = options.auth;\n"],
    ])("%s is clean", (_name, text) => {
      expect(found("src/app.js", text)).toEqual([]);
    });
  });

  describe("documentation (Markdown, reStructuredText, AsciiDoc)", () => {
    it("keeps token formats, private keys and URL credentials, not example payloads and commands", () => {
      const text = [
        '  "token": "vbT8hi3jKQmrFP_LN1WcS1",',
        "    $ manage.py createsuperuser --password Xk9pQ2mWz7q",
        "    postgresql://app:FakeDbPass42@localhost:5432/app",
        "    postgresql://app:FakeDbPass42@db.internal:5432/app",
        `    export GITHUB_TOKEN=${FAKE.github}`,
      ].join("\n");
      expect(found("docs/setup.md", `${text}\n`)).toEqual(["4:22-34 URL credentials", "5:25-65 GitHub token"]);
      expect(found("docs/setup.mdx", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----\n")).toEqual([]);
    });
  });

  describe("values that are not secrets", () => {
    it.each<[string, string, string]>([
      ["a bcrypt hash in a factory", "database/factories/UserFactory.php", "'password' => '$2y$10$FAKEFAKEFAKEFAKEFAKEFOuheWG/igiFAKEFAKEFAKEFAKEFAKE42',\n"],
      ["a hex digest in seed data (39 digits, a leading zero dropped)", "seed.xml", '<column name="password" value="4a1750c8607dfa237de36c6305715c22341518a"/>\n'],
      ["Laravel validation rules", "app/Http/Requests/SetupUserRequest.php", "'password' => 'required|min:8|confirmed',\n"],
      ["a UUID in code", "shared/utils/passkeys.ts", 'LastPass = "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4",\n'],
      ["a numbered placeholder word", "config/app.yml", "password: changeme123\nadmin_password: Admin123\n"],
      ["a default spelt with look-alikes", "docker-compose.yml", "MYSQL_PASSWORD: p455w0rd\nSA_PASSWORD: P@ssw0rd\nPOSTGRES_PASSWORD: p0stgr3s\n"],
      ["joined placeholder words", "tests/CreateUserTest.php", "'password' => 'testpassword1235!!',\n"],
      ["camel-case words in code", "UserServiceTest.java", 'String newPassword = "newPasswordString123";\n'],
      ["a Crowdin placeholder", "resources/lang/aa-ER/general.php", "'personal_api_keys' => 'crwdns6798:0crwdne6798:0',\n"],
      ["a hyphenated translation", "i18n/de_DE.json", '{ "form.fever_password": "Fever-Passwort" }\n'],
      ["a URL grammar", "validators.ts", "// Format: protocol://[user[:password]@]host1[:port1]\n"],
      ["a square-bracket placeholder in a URL", "config/app.yml", "url: postgresql://[user]:[password]@[host]:5432/db\n"],
      ["a Ruby interpolation", "lib/sync.rb", 'run "mysqldump -u #{username} --password=\'#{password}\' #{database}"\n'],
    ])("%s", (_name, path, text) => {
      expect(found(path, text)).toEqual([]);
    });
    it("lets a non-secret name end a name/value pair", () => {
      const text = '<column name="secret_answer" value="Fake-Answer-42"/>\n<column name="date_created" value="2005-01-01T00:00"/>\n';
      expect(found("seed.xml", text)).toEqual(['1:37-51 literal secret [secret_answer]']);
    });
    it("keeps a UUID under a secret name in configuration", () => {
      expect(found("config/app.yml", "api_key: 0f8e7d6c-5b4a-4392-8170-fedcba987654\n")).toEqual(["1:10-46 high-entropy API key [api_key]"]);
    });
  });

  describe("anywhere", () => {
    it("finds a private key block across lines", () => {
      const pem = `-----BEGIN PRIVATE KEY-----\n${"FAKE".repeat(16)}\n-----END PRIVATE KEY-----\n`;
      expect(found("deploy/tls/bundle.crt", `# bundle\n${pem}`)).toEqual(["2:1-4:26 private key block"]);
    });
    it("finds a JWT", () => {
      expect(found("fixtures/session.txt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.RkFLRUZBS0VGQUtFRkFLRQ\n")).toEqual(["1:1-64 JWT"]);
    });
    it("counts columns in UTF-16 code units, after CRLF lines", () => {
      expect(found("config/app.yml", `name: 😀😀\r\npassword: ${PASSWORD}\r\n`)).toEqual(["2:11-26 literal password [password]"]);
      expect(found("config/app.yml", `😀: x\npassword: "${PASSWORD}" # 😀\n`)).toEqual(["2:12-27 literal password [password]"]);
      // A lone CR ends a line too, as everywhere in core.
      expect(found("config/app.yml", `name: x\rpassword: ${PASSWORD}\r`)).toEqual(["2:11-26 literal password [password]"]);
    });
    it("does not read lines longer than 4,096 characters (data URIs, minified code)", () => {
      const long = `.logo { background: url("data:image/png;base64,${"iVBORw0KGgo".repeat(400)}") } /* api_key: ${ENTROPY} */\n`;
      expect(found("public/site.css", `${long}password: "${PASSWORD}"\n`)).toEqual([]);
      expect(found("config/app.yml", `${long}password: ${PASSWORD}\n`)).toEqual(["2:11-26 literal password [password]"]);
    });
    it("keeps at most 50 findings per file and says so", () => {
      const text = Array.from({ length: 60 }, (_, i) => `password_${i}: ${PASSWORD}\n`).join("");
      const scan = scanContextFile("config/many.yml", text);
      expect(scan.findings).toHaveLength(50);
      expect(scan.truncated).toBe(true);
    });
  });

  describe("files it does not judge", () => {
    it.each<[string, string | null]>([
      ["package-lock.json", "lock file"],
      ["web/yarn.lock", "lock file"],
      ["pnpm-lock.yaml", "lock file"],
      ["Gemfile.lock", "lock file"],
      ["poetry.lock", "lock file"],
      ["go.sum", "lock file"],
      ["Cargo.lock", "lock file"],
      ["dist/app.min.js", "generated file"],
      ["dist/app.js.map", "generated file"],
      ["public/logo.svg", "generated file"],
      ["fonts/inter.woff2", "generated file"],
      ["public/logo.png", "binary file"],
      ["vendor/app.jar", "binary file"],
      ["release.tar.gz", "binary file"],
      [".env.example", "template"],
      ["config/database.yml.sample", "template"],
      ["config/settings.template.json", "template"],
      ["app.dist.ini", "template"],
      ["config/.env.defaults", "template"],
      ["example.yml", null],
      ["test/fixtures/secrets.yml", null],
      ["dist/app.js", null],
    ])("%s", (path, reason) => {
      expect(contentSkipReason(path)).toBe(reason);
    });
    it("returns no findings for them, whatever they hold", () => {
      expect(scanContextFile("package-lock.json", `{"password": "${PASSWORD}"}\n`)).toEqual({ findings: [], references: 0, unconfirmed: 0, skipped: "lock file" });
      expect(scanContextFile(".env.example", `DB_PASSWORD=${PASSWORD}\n`).skipped).toBe("template");
    });
  });

  describe("memo", () => {
    it("returns the same scan for the same hash, and scans a changed text again", () => {
      const first = scanContextFile("config/a.yml", `password: ${PASSWORD}\n`, { hash: "h1" });
      expect(scanContextFile("config/b.yml", `password: ${PASSWORD}\n`, { hash: "h1" })).toBe(first);
      expect(scanContextFile("config/a.yml", "password: ${X}\n", { hash: "h2" }).findings).toEqual([]);
    });
    it("keys by the name lists too", () => {
      const text = "build_salt: Fake-Salt-42x\n";
      expect(scanContextFile("config/a.yml", text, { hash: "h3" }).findings).toEqual([]);
      expect(scanContextFile("config/a.yml", text, { hash: "h3", names: { deny: ["build_salt"] } }).findings).toHaveLength(1);
    });
  });

  it("stays linear on adversarial text (1 MiB)", { timeout: 10_000 }, () => {
    const nasty = [
      `${"password:".repeat(400)}\n`,
      `${'"a":'.repeat(1000)}\n`,
      `${"-----BEGIN PRIVATE KEY-----".repeat(100)}\n`,
      `${"postgres://a:".repeat(300)}\n`,
      `${"<Password>".repeat(400)}\n`,
      `${"Server=db;Password=".repeat(200)}\n`,
    ].join("");
    const text = nasty.repeat(Math.ceil((1024 * 1024) / nasty.length)).slice(0, 1024 * 1024);
    const scan = scanContextFile("config/nasty.yml", text);
    expect(scan.findings.length).toBeLessThanOrEqual(50);
  });
});
