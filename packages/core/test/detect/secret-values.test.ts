import { describe, expect, it } from "vitest";
import {
  findSecretsInText,
  isHighEntropy,
  isPlaceholder,
  isReferenceValue,
  isVariableReference,
  shannonEntropy,
  type SecretMatch,
} from "../../src/detect/secret-values.js";

// Every secret-shaped value here is assembled from obviously fake parts (FAKE, TEST, DUMMY,
// 0123456789) so that nothing in the repository resembles a live credential.
const repeat = (part: string, length: number): string => part.repeat(Math.ceil(length / part.length)).slice(0, length);
const FAKE_ALNUM = "FAKEtest0123456789DUMMY";
const fake = (length: number): string => repeat(FAKE_ALNUM, length);

const tokens = {
  aws: "AKIA" + "FAKETEST01234567",
  awsAsia: "ASIA" + "DUMMY0123456789X",
  github: "ghp_" + "FAKE".repeat(9),
  githubOauth: "gho_" + fake(36),
  githubPat: "github_pat_" + repeat("FAKE_test_0123", 82),
  gitlab: "glpat-" + repeat("FAKE-test_", 20),
  stripeLive: "sk_" + "live_" + fake(24),
  stripeRestricted: "rk_" + "test_" + fake(40),
  slack: "xoxb-" + "0123456789-FAKE-TEST-DUMMY",
  slackWebhookPath: "T0FAKE0123/B0DUMMY012/" + fake(24),
  npm: "npm_" + fake(36),
  pypi: "pypi-AgEIcHlwaS5vcmc" + repeat("FAKE_test-0123", 60),
  dockerHub: "dckr_pat_" + repeat("FAKE-test_0123", 27),
  google: "AIza" + repeat("FAKE_test-0123", 35),
  openaiProject: "sk-proj-" + repeat("FAKE_test-0123", 48),
  openaiClassic: "sk-" + fake(20) + "T3BlbkFJ" + fake(20),
  anthropic: "sk-ant-api03-" + repeat("FAKE_test-0123", 93),
  huggingFace: "hf_" + repeat("FAKEtestDUMMY", 34),
  sendGrid: "SG." + repeat("FAKE_test-0123", 22) + "." + repeat("DUMMY-test_0123", 43),
  jwt: "eyJ" + "hbGciOiJub25lIn0" + "." + "eyJ" + "zdWIiOiJGQUtFIn0" + "." + repeat("FAKEsignature0123", 24),
};

const pemBody = repeat("FAKEKEYMATERIAL0123456789+/", 64);
const pem = (label: string): string =>
  `-----BEGIN ${label}PRIVATE KEY-----\n${pemBody}\n${pemBody}\n-----END ${label}PRIVATE KEY-----`;

/** The matches with their text, for readable expectations. */
function found(text: string): Array<[string, string]> {
  return findSecretsInText(text).map((m: SecretMatch) => [m.kind, text.slice(m.start, m.end)]);
}

describe("findSecretsInText: known token formats", () => {
  it.each<[string, string, string]>([
    ["AWS access key id", "AWS access key id", tokens.aws],
    ["AWS session key id", "AWS access key id", tokens.awsAsia],
    ["GitHub classic token", "GitHub token", tokens.github],
    ["GitHub OAuth token", "GitHub token", tokens.githubOauth],
    ["GitHub fine-grained token", "GitHub token", tokens.githubPat],
    ["GitLab token", "GitLab token", tokens.gitlab],
    ["Stripe live key", "Stripe key", tokens.stripeLive],
    ["Stripe restricted key", "Stripe key", tokens.stripeRestricted],
    ["Slack token", "Slack token", tokens.slack],
    ["npm token", "npm token", tokens.npm],
    ["PyPI token", "PyPI token", tokens.pypi],
    ["Docker Hub token", "Docker Hub token", tokens.dockerHub],
    ["Google API key", "Google API key", tokens.google],
    ["OpenAI project key", "OpenAI key", tokens.openaiProject],
    ["OpenAI classic key", "OpenAI key", tokens.openaiClassic],
    ["Anthropic key", "Anthropic key", tokens.anthropic],
    ["Hugging Face token", "Hugging Face token", tokens.huggingFace],
    ["SendGrid key", "SendGrid key", tokens.sendGrid],
    ["JWT", "JWT", tokens.jwt],
  ])("%s is found alone and inside text", (_label, kind, token) => {
    expect(found(token)).toEqual([[kind, token]]);
    const text = `RUN echo "${token}" > /tmp/x && cat /tmp/x`;
    const matches = findSecretsInText(text);
    expect(matches).toEqual([{ kind, start: text.indexOf(token), end: text.indexOf(token) + token.length }]);
  });

  it("finds a Slack webhook, reporting the path after /services/", () => {
    const text = `ENV HOOK=https://hooks.slack.com/services/${tokens.slackWebhookPath}`;
    expect(found(text)).toEqual([["Slack webhook", tokens.slackWebhookPath]]);
  });

  it.each<[string, string]>([
    ["AWS id one character short", tokens.aws.slice(0, -1)],
    ["AWS id one character long", tokens.aws + "Z"],
    ["AWS id with lower-case body", "AKIA" + "faketest01234567"],
    ["AWS id inside a word", "X" + tokens.aws],
    ["AWS vendor example", "AKIA" + "IOSFODNN7" + "EXAMPLE"],
    ["AWS template", "AKIA" + "0".repeat(16)],
    ["GitHub prefix only", "ghp_"],
    ["GitHub token too short", tokens.github.slice(0, -1)],
    ["GitHub token too long", tokens.github + "A"],
    ["GitHub token with an unknown letter", "ghx_" + "FAKE".repeat(9)],
    ["GitHub token placeholder", "ghp_" + "x".repeat(36)],
    ["GitHub token inside an identifier", "my" + tokens.github],
    ["GitLab token too short", tokens.gitlab.slice(0, -1)],
    ["Stripe key too short", "sk_" + "live_" + fake(23)],
    ["Stripe key in another mode", "sk_" + "prod_" + fake(24)],
    ["Slack prefix with too little", "xoxb-012345"],
    ["Slack placeholder", "xoxb-your-token-here"],
    ["npm prefix in a name", "id=npm_token"],
    ["npm_ inside a word", "my" + tokens.npm],
    ["npm token too short", tokens.npm.slice(0, -1)],
    ["npm config key", "npm_config_registry=https://registry.npmjs.org/"],
    ["PyPI prefix alone", "pypi-AgEIcHlwaS5vcmc"],
    ["Docker Hub token too short", tokens.dockerHub.slice(0, -1)],
    ["Google key too short", tokens.google.slice(0, -1)],
    ["OpenAI project key without body", "sk-proj-FAKE"],
    ["Anthropic key without body", "sk-ant-api03-FAKE"],
    ["Hugging Face token with digits", "hf_" + fake(34)],
    ["Hugging Face env var name", "HF_HOME=/cache"],
    ["SendGrid key with a short part", "SG." + fake(21) + "." + fake(43)],
    ["JWT header alone", "eyJhbGciOiJIUzI1NiJ9"],
    ["JWT without a signature", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0."],
    ["a SHA-256 checksum", "a3f1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3"],
    ["a GPG fingerprint", "A035C8C19219BA821ECEA86B64E628F8D684696D"],
    ["a Docker image digest", "sha256:" + "0123456789abcdef".repeat(4)],
  ])("not a token: %s", (_label, text) => {
    expect(findSecretsInText(text)).toEqual([]);
  });
});

describe("findSecretsInText: private key blocks", () => {
  it.each(["", "RSA ", "DSA ", "EC ", "OPENSSH ", "ENCRYPTED "])("finds a %sPRIVATE KEY block", (label) => {
    const block = pem(label);
    const text = `RUN echo '${block}' > /root/.ssh/id_rsa`;
    expect(found(text)).toEqual([["private key block", block]]);
  });

  it("finds a block written with escaped newlines and no footer", () => {
    const text = `ENV KEY="-----BEGIN RSA PRIVATE KEY-----\\n${pemBody}\\n${pemBody}"`;
    expect(found(text)).toEqual([["private key block", `-----BEGIN RSA PRIVATE KEY-----\\n${pemBody}\\n${pemBody}`]]);
  });

  it.each<[string, string]>([
    ["a header in a grep", `RUN grep -q -- "-----BEGIN RSA PRIVATE KEY-----" /root/.ssh/id_rsa`],
    ["a header and footer around an ellipsis", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"],
    ["the usual RSA prefix, then an ellipsis (documentation)", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----"],
    ["a public key", `-----BEGIN PUBLIC KEY-----\n${pemBody}\n-----END PUBLIC KEY-----`],
    ["a certificate", `-----BEGIN CERTIFICATE-----\n${pemBody}\n-----END CERTIFICATE-----`],
    ["a vendor example", `-----BEGIN PRIVATE KEY-----\nEXAMPLE${pemBody}\n-----END PRIVATE KEY-----`],
  ])("not a private key: %s", (_label, text) => {
    expect(findSecretsInText(text)).toEqual([]);
  });
});

describe("findSecretsInText: credential syntax", () => {
  it.each<[string, string, Array<[string, string]>]>([
    ["URL password", "RUN git clone https://deploy:Hunter2Fake@git.example.org/app.git", [["URL credentials", "Hunter2Fake"]]],
    ["URL password with empty user", "ENV REDIS_URL=redis://:FakeRedisPw9@cache:6379/0", [["URL credentials", "FakeRedisPw9"]]],
    ["URL password with several hosts", "mongodb://app:FakeMongoPw1@h1:27017,h2:27017/db", [["URL credentials", "FakeMongoPw1"]]],
    [
      "URL userinfo that is a known token",
      `RUN git clone https://${tokens.github}@github.com/org/repo.git`,
      [["GitHub token", tokens.github]],
    ],
    [
      "URL password that is a known token",
      `RUN git clone https://x-access-token:${tokens.github}@github.com/org/repo.git`,
      [["GitHub token", tokens.github]],
    ],
    [
      "URL userinfo that is high-entropy",
      "https://FAKEuserinfo0123456789@git.example.org/r.git",
      [["URL credentials", "FAKEuserinfo0123456789"]],
    ],
    [".npmrc auth token", "RUN echo '//registry.npmjs.org/:_authToken=FakeNpmAuth0123' > .npmrc", [[".npmrc auth token", "FakeNpmAuth0123"]]],
    [".npmrc quoted auth token", '_authToken="FakeNpmAuth0123"', [[".npmrc auth token", "FakeNpmAuth0123"]]],
    [".npmrc _auth", "_auth=RkFLRTpGQUtFCg==", [[".npmrc auth token", "RkFLRTpGQUtFCg=="]]],
    [
      "npm config set with a spaced value",
      "RUN npm config set //registry.npmjs.org/:_authToken FakeNpmAuth0123",
      [[".npmrc auth token", "FakeNpmAuth0123"]],
    ],
    ["Yarn auth token", "RUN yarn config set npmAuthToken FakeYarnAuth0123", [["Yarn auth token", "FakeYarnAuth0123"]]],
    ["Yarn auth token in YAML", 'npmAuthToken: "FakeYarnAuth0123"', [["Yarn auth token", "FakeYarnAuth0123"]]],
    [
      "Authorization Bearer",
      'RUN curl -H "Authorization: Bearer FakeBearer0123" https://api.example.org',
      [["Authorization header", "FakeBearer0123"]],
    ],
    ["Authorization Basic", "Authorization: Basic RkFLRTpEVU1NWQ==", [["Authorization header", "RkFLRTpEVU1NWQ=="]]],
    ["Authorization token", "authorization: token FakeGhToken0123", [["Authorization header", "FakeGhToken0123"]]],
    ["PRIVATE-TOKEN", "curl --header 'PRIVATE-TOKEN: FakeGitlab0123' https://gl", [["PRIVATE-TOKEN header", "FakeGitlab0123"]]],
    ["curl -u", "RUN curl -u admin:FakeCurlPw1 https://repo.example.org/file", [["curl credentials", "FakeCurlPw1"]]],
    ["curl --user=", "RUN curl --user=admin:FakeCurlPw1 -O https://x", [["curl credentials", "FakeCurlPw1"]]],
    ["curl -u attached", "RUN curl -uadmin:FakeCurlPw1 https://x", [["curl credentials", "FakeCurlPw1"]]],
    ["curl -fsSLu cluster", "RUN curl -fsSLu 'admin:FakeCurlPw1' https://x", [["curl credentials", "FakeCurlPw1"]]],
    ["curl --oauth2-bearer", "RUN curl --oauth2-bearer FakeBearer0123 https://x", [["curl credentials", "FakeBearer0123"]]],
    ["docker login -p", "RUN docker login -u bot -p FakeDockerPw1 registry.example.org", [["password option", "FakeDockerPw1"]]],
    ["docker login --password", "RUN docker login --username bot --password FakeDockerPw1", [["password option", "FakeDockerPw1"]]],
    ["docker login --password=", "RUN docker login --password=FakeDockerPw1 reg", [["password option", "FakeDockerPw1"]]],
    ["helm repo add --password", "RUN helm repo add x https://c --username u --password FakeHelmPw1", [["password option", "FakeHelmPw1"]]],
    ["mysql -p", "RUN mysql -uroot -pFakeMysqlPw1 -e 'select 1'", [["password option", "FakeMysqlPw1"]]],
    ["mysql by its path", "RUN /usr/bin/mysql -uroot -pFakeMysqlPw1", [["password option", "FakeMysqlPw1"]]],
    ["mysql in sh -c", `RUN sh -c "mysql -uroot -pFakeMysqlPw1"`, [["password option", "FakeMysqlPw1"]]],
    ["mysqldump --password=", "RUN mysqldump --password=FakeMysqlPw1 db", [["password option", "FakeMysqlPw1"]]],
    ["sshpass -p", "RUN sshpass -p 'FakeSshPw1' ssh user@host", [["password option", "FakeSshPw1"]]],
    ["PGPASSWORD", "RUN PGPASSWORD=FakePgPw1 psql -h db -U app", [["PGPASSWORD", "FakePgPw1"]]],
    ["MYSQL_PWD", "RUN MYSQL_PWD=FakeMyPw1 mysql -uroot", [["MYSQL_PWD", "FakeMyPw1"]]],
    ["export of a secret name", "RUN export NPM_TOKEN=FakeNpmAuth0123 && npm ci", [["exported secret", "FakeNpmAuth0123"]]],
    ["export of a quoted secret", 'RUN export API_KEY="Fake Api Key 1"', [["exported secret", "Fake Api Key 1"]]],
    ["echo | chpasswd", "RUN echo 'root:FakeRootPw1' | chpasswd", [["chpasswd", "FakeRootPw1"]]],
    ["echo -e | sudo chpasswd", 'RUN echo -e "app:FakeAppPw1\\n" | sudo chpasswd', [["chpasswd", "FakeAppPw1"]]],
    ["chpasswd here-string", "RUN chpasswd <<< 'app:FakeAppPw1'", [["chpasswd", "FakeAppPw1"]]],
    ["generic --db-password=", "CMD [\"app\", \"--db-password=FakeDbPw1\"]", [["password option", "FakeDbPw1"]]],
  ])("%s", (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["URL password from a variable", "RUN git clone https://user:$PASS@git.example.org/app.git"],
    ["URL password from a braced variable", "RUN git clone https://${USER}:${PASS}@git.example.org/app.git"],
    ["URL password from a command substitution", "RUN git clone https://user:$(cat /run/secrets/pw)@host/app.git"],
    ["URL password placeholder", "ENV DATABASE_URL=postgres://user:password@db:5432/app"],
    ["URL password angle placeholder", "postgres://user:<password>@db/app"],
    ["URL without credentials", "ENV DATABASE_URL=postgres://db:5432/app"],
    ["URL with a well-known default credential", "ENV AMQP_URL=amqp://guest:guest@rabbitmq:5672/"],
    ["URL with a user only", "RUN git clone ssh://git@github.com/org/repo.git"],
    ["URL with a low-entropy userinfo", "https://oauth2@gitlab.example.org/r.git"],
    ["image reference with a digest", "docker-image://alpine:3.19@sha256:0123456789abcdef0123456789abcdef"],
    [".npmrc auth token from a variable", "RUN echo '//registry.npmjs.org/:_authToken=${NPM_TOKEN}' > .npmrc"],
    [".npmrc auth token from a plain variable", "_authToken=$NPM_TOKEN"],
    [".npmrc auth token in prose", "# set _authToken in your .npmrc"],
    ["Authorization Bearer variable", 'RUN curl -H "Authorization: Bearer $TOKEN" https://x'],
    ["Authorization Bearer braced variable", 'RUN curl -H "Authorization: Bearer ${TOKEN}" https://x'],
    ["Authorization Bearer from a secret file", 'RUN curl -H "Authorization: token $(cat /run/secrets/gh)" https://x'],
    ["Authorization placeholder", "Authorization: Bearer <token>"],
    ["curl -u with a variable password", 'RUN curl -u "admin:$PASS" https://x'],
    ["curl -u without a password", "RUN curl -u admin https://x"],
    ["sort -u", "RUN sort -u list.txt > out.txt"],
    ["docker login from stdin", 'RUN echo "$PW" | docker login -u bot --password-stdin'],
    ["docker login -p variable", "RUN docker login -u bot -p $PASS registry"],
    ["docker login -p braced variable", 'RUN docker login -u bot -p "${PASS}" registry'],
    ["docker run -p", "RUN docker run -p 8080:80 nginx"],
    ["mysql -p prompts", "RUN mysql -u root -p appdb"],
    ["mysql -p variable", 'RUN mysql -uroot -p"$MYSQL_ROOT_PASSWORD"'],
    ["mysql -P port", "RUN mysql -h db -P3306 -uroot"],
    ["sshpass -p variable", "RUN sshpass -p $SSHPASS ssh user@host"],
    ["sshpass -f file", "RUN sshpass -f /run/secrets/pw ssh user@host"],
    ["PGPASSWORD variable", "RUN PGPASSWORD=$DB_PASS psql"],
    ["PGPASSWORD empty", "RUN PGPASSWORD= psql"],
    ["export of a variable", "RUN export NPM_TOKEN=${NPM_TOKEN}"],
    ["export of a secret file", "RUN export NPM_TOKEN=$(cat /run/secrets/npm)"],
    ["export of a path", "RUN export SSH_PRIVATE_KEY=/run/secrets/id_rsa"],
    ["export of a non-secret name", "RUN export NODE_VERSION=20.11.1"],
    ["export of a placeholder", "RUN export API_KEY=changeme"],
    ["chpasswd with a variable", 'RUN echo "app:${APP_PASSWORD}" | chpasswd'],
    ["echo without chpasswd", "RUN echo 'root:FakeRootPw1' > /tmp/x"],
    ["--password-file", "RUN tool --password-file=/run/secrets/pw"],
    ["--password= variable", "RUN tool --password=$PW"],
    ["plain prose", "# Pass the token with --mount=type=secret, never as a build arg."],
    // The official MariaDB image: `mysql` is a directory and an owner there, not the client.
    ["find in /etc/mysql/ with -print0", "RUN find /etc/mysql/ -name '*.cnf' -print0 | xargs -0 grep -lZE '^user'"],
    ["chown mysql:mysql then -print0", "RUN chown -R mysql:mysql /var/lib/mysql && find /x -print0"],
    ["a printf slot for the token", "RUN printf 'Authorization: token %s' \"$GH_TOKEN\" > /tmp/h"],
    ["a format slot for the password", 'creds = " --username=%s --password=%s" % (user, pw)'],
    ["Slack's documented example webhook", 'placeholder="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"'],
  ])("nothing: %s", (_label, text) => {
    expect(findSecretsInText(text)).toEqual([]);
  });

  it("reports several secrets sorted by start without overlaps", () => {
    const text = `RUN export NPM_TOKEN=${tokens.npm} && curl -u a:FakeCurlPw1 https://u:FakeUrlPw1@h/ ${tokens.aws}`;
    const matches = findSecretsInText(text);
    expect(matches.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ["npm token", tokens.npm],
      ["curl credentials", "FakeCurlPw1"],
      ["URL credentials", "FakeUrlPw1"],
      ["AWS access key id", tokens.aws],
    ]);
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });

  it("offsets survive line continuations and quotes", () => {
    const text = 'RUN docker login \\\n    -u bot \\\n    -p "FakeDockerPw1" reg';
    const [match] = findSecretsInText(text);
    expect(match).toEqual({ kind: "password option", start: text.indexOf("FakeDockerPw1"), end: text.indexOf("FakeDockerPw1") + 13 });
  });
});

describe("findSecretsInText stays linear", () => {
  const megabyte = 1 << 20;
  it.each<[string, string]>([
    ["a", "a".repeat(megabyte)],
    ["=", "=".repeat(megabyte)],
    [":", ":".repeat(megabyte)],
    ["@", "@".repeat(megabyte)],
    ["a=:@ mix", "a=:@ ".repeat(megabyte / 5)],
    ["://", "a://".repeat(megabyte / 4)],
    ["user:pass@ without scheme", "u:p@".repeat(megabyte / 4)],
    ["eyJ runs", "eyJ".repeat(megabyte / 3)],
    ["eyJ with dots", "eyJaaaaa.".repeat(megabyte / 9)],
    ["token prefixes", "ghp_npm_AKIAxoxb-sk-proj-".repeat(megabyte / 25)],
    ["PEM headers", "-----BEGIN PRIVATE KEY-----".repeat(megabyte / 27)],
    ["quotes and backslashes", "curl -u '\"\\".repeat(megabyte / 12)],
    ["options", "--a-a-a-password-".repeat(megabyte / 17)],
    ["whitespace", " \t".repeat(megabyte / 2)],
    ["echo runs", "echo ".repeat(megabyte / 5)],
  ])("1 MB of %s", (_label, text) => {
    const started = performance.now();
    const matches = findSecretsInText(text);
    const elapsed = performance.now() - started;
    expect(Array.isArray(matches)).toBe(true);
    // Generous: a linear scan takes tens of milliseconds, a quadratic one minutes.
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe("isPlaceholder", () => {
  it.each([
    "",
    "  ",
    "changeme",
    "CHANGE_ME",
    "changeit",
    "xxx",
    "XXXXXXXXXXXX",
    "xxxx-xxxx",
    "***",
    "********",
    "...",
    "…",
    "<token>",
    "<your-api-key>",
    "{{ npm_token }}",
    "${TOKEN:-}",
    "${TOKEN-}",
    "REPLACE_ME",
    "replace-with-your-token",
    "your_token_here",
    "YOUR_API_KEY",
    "token-goes-here",
    "dummy",
    "example",
    "secret",
    "password",
    "Password",
    "pass",
    "mysecretpassword",
    "my-secret-pw",
    "supersecret",
    "placeholder",
    "none",
    "null",
    "anonymous",
    "AKIA" + "IOSFODNN7" + "EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
    "'changeme'",
    '"<token>"',
    "%s",
    "%-10s",
    "{}",
    "{0}",
    "{password}",
    // Fills (corpus P5): all zeros, the nil UUID, a two-symbol fill, counting digits.
    "0".repeat(32),
    "00000000-0000-0000-0000-000000000000",
    "F".repeat(32) + "0".repeat(32),
    "aaaa",
    "123456",
    "1234",
    "12345678",
    "0123456789",
    "'000000'",
  ])("%j is a placeholder", (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(["FakeCurlPw1", "hunter2", "s3cr3t-Pa55", "ghp_" + "FAKE".repeat(9), "FAKEFAKEFAKE", "postgres", "x1", "${TOKEN:-abc}", "00", "abab1", "1235", "654321", "ab12ab", "0xF00F0FF0A"])(
    "%j is not a placeholder",
    (value) => {
      expect(isPlaceholder(value)).toBe(false);
    },
  );
});

describe("isVariableReference", () => {
  it.each<[string, boolean]>([
    ["$NPM_TOKEN", true],
    ["${NPM_TOKEN}", true],
    ["${NPM_TOKEN:-}", true],
    ["${NPM_TOKEN:-default}", true],
    ["${NPM_TOKEN:?required}", true],
    ["${A:-${B}}", true],
    ['"$NPM_TOKEN"', true],
    ["$(cat /run/secrets/npm)", true],
    ["`cat /run/secrets/npm`", true],
    ["$env:NPM_TOKEN", true],
    ["%NPM_TOKEN%", true],
    ["$1", true],
    ["$NPM_TOKEN/x", false],
    ["${NPM_TOKEN}x", false],
    ["${A}${B}", false],
    ["$(a)$(b)", false],
    ["prefix$TOKEN", false],
    ["$", false],
    ["${", false],
    ["${}", false],
    ["literal", false],
    ["", false],
  ])("%j → %s", (value, expected) => {
    expect(isVariableReference(value)).toBe(expected);
  });
});

describe("isReferenceValue", () => {
  it.each<[string, boolean]>([
    ["/kaniko/.config/gcloud/config.json", true],
    ["/run/secrets/npm_token", true],
    ["~/.npmrc", true],
    ["./secrets/token.txt", true],
    ["../creds", true],
    ["config/credentials.json", true],
    ["key.pem", true],
    ["$HOME/.config/gcloud/application_default_credentials.json", true],
    ["${HOME}/.npmrc", true],
    ['"/run/secrets/x"', true],
    ["C:\\secrets\\token.txt", true],
    [`/tmp/${"ghp_" + "FAKE".repeat(9)}`, false],
    ["/path with spaces/x", false],
    ["config/credentials", false],
    ["FakeTokenValue0123", false],
    ["1.2.3", false],
    ["", false],
  ])("%j → %s", (value, expected) => {
    expect(isReferenceValue(value)).toBe(expected);
  });
});

describe("entropy", () => {
  it.each<[string, number]>([
    ["", 0],
    ["aaaa", 0],
    ["ab", 1],
    ["abcd", 2],
    ["0123456789abcdef", 4],
  ])("shannonEntropy(%j) = %d", (value, bits) => {
    expect(shannonEntropy(value)).toBeCloseTo(bits, 10);
  });

  it.each<[string, boolean]>([
    ["0123456789abcdef", true],
    ["FAKEentropy0123456789", true],
    ["0123456789abcde", false],
    ["aaaaaaaaaaaaaaaaaaaaaaaa", false],
    ["abababababababababab", false],
    ["/usr/local/bin/app", false],
  ])("isHighEntropy(%j) = %s", (value, expected) => {
    expect(isHighEntropy(value)).toBe(expected);
  });
});
