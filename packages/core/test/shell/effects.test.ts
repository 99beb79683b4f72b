import { describe, expect, it } from "vitest";
import { fileEffects, parseShell, resolvePath, type FileEffects, type PathContext } from "../../src/shell/index.js";

const known: Record<string, string> = { CONF: "/etc/app", REL: "conf", APP_HOME: "/home/app" };
const ctx: PathContext = { workdir: "/app", home: "/root", resolveVar: (name) => known[name] };

function effectsOf(script: string, context: PathContext = ctx): FileEffects {
  return fileEffects(parseShell(script), context);
}

/** Writes as `via path`, deletes as `path` (`path/**` when recursive). */
function summary(script: string, context?: PathContext): { writes: string[]; deletes: string[] } {
  const effects = effectsOf(script, context);
  return {
    writes: effects.writes.map((w) => `${w.via} ${w.path}`),
    deletes: effects.deletes.map((d) => (d.recursive ? `${d.path}/**` : d.path)),
  };
}

describe("resolvePath", () => {
  it.each<[string, string | null]>([
    [".npmrc", "/app/.npmrc"],
    ["./a/../b/./c", "/app/b/c"],
    ["/etc//x/", "/etc/x"],
    ["~", "/root"],
    ["~/.npmrc", "/root/.npmrc"],
    ["~app/.npmrc", null],
    ["$HOME/.npmrc", "/root/.npmrc"],
    ["${HOME}/.docker/config.json", "/root/.docker/config.json"],
    ["$CONF/secret", "/etc/app/secret"],
    ["${REL}/x", "/app/conf/x"],
    ["$PWD/x", "/app/x"],
    ["$UNKNOWN/x", null],
    ["${CONF:-/x}/y", null],
    ["$1/x", null],
    ["/tmp/*.pem", null],
    ["/tmp/file?", null],
    ["/tmp/{a,b}", null],
    ["C:\\x", null],
    ["../../../..", "/"],
    ["", null],
  ])("%j → %j", (path, expected) => {
    expect(resolvePath(path, ctx)).toBe(expected);
  });

  it("uses HOME from the known variables and a relative workdir as absolute", () => {
    const custom: PathContext = { workdir: "srv", home: "/root", resolveVar: (n) => (n === "HOME" ? "/home/node" : undefined) };
    expect([resolvePath("~/.npmrc", custom), resolvePath("$HOME/x", custom), resolvePath("a", custom)]).toEqual([
      "/home/node/.npmrc",
      "/home/node/x",
      "/srv/a",
    ]);
  });
});

describe("fileEffects: writes", () => {
  it.each<[string, string[]]>([
    ["echo hi > out.txt", ["redirect /app/out.txt"]],
    ["echo hi >> ~/.bashrc", ["redirect /root/.bashrc"]],
    ["echo hi >| $HOME/.npmrc", ["redirect /root/.npmrc"]],
    ["make &> build.log", ["redirect /app/build.log"]],
    ["make &>> build.log", ["redirect /app/build.log"]],
    ["make >& build.log", ["redirect /app/build.log"]],
    ["make 2> err.log", ["redirect /app/err.log"]],
    ["make > /dev/null 2>&1 2>/dev/stderr >/dev/stdout", []],
    ["make >&2 1>&- 3<&0", []],
    ["echo x > $UNKNOWN/f", []],
    ["echo x > $CONF/f", ["redirect /etc/app/f"]],
    ["echo x > '~/f'", ["redirect /app/~/f"]],
    ["echo x > /tmp/*.log", []],
    ["echo x > $(mktemp)", []],
    ["> truncated", ["redirect /app/truncated"]],
    ["cat > /etc/conf <<EOF\na\nEOF", ["heredoc /etc/conf"]],
    ["cat <<EOF > /etc/conf\na\nEOF", ["heredoc /etc/conf"]],
    ["python3 - <<EOF > out\nprint(1)\nEOF", ["redirect /app/out"]],
    ["echo t | tee f1 -a /abs/f2 > /dev/null", ["tee /app/f1", "tee /abs/f2"]],
    ["echo t | sudo tee -a ~/.npmrc", ["tee /root/.npmrc"]],
    ["tee f <<EOF\nx\nEOF", ["tee /app/f"]],
    ["cp src dst", ["cp /app/dst"]],
    ["cp -r a b /opt/", ["cp /opt/a", "cp /opt/b"]],
    ["cp .npmrc /opt/x/", ["cp /opt/x/.npmrc"]],
    ["cp /run/secrets/npmrc .", ["cp /app/npmrc"]],
    ["cp /run/secrets/npmrc ~", ["cp /root/npmrc"]],
    ["cp /run/secrets/npmrc /root", ["cp /root/npmrc"]],
    ["cp -t /opt a b", ["cp /opt/a", "cp /opt/b"]],
    ["cp -r conf/. /etc/app/", ["cp /etc/app"]],
    ["cp --target-directory=/opt a", ["cp /opt/a"]],
    ["cp -T dir /opt", ["cp /opt"]],
    ["cp $UNKNOWN /app/.npmrc", ["cp /app/.npmrc"]],
    ["cp *.pem /certs/", []],
    ["cp only", []],
    ["mv .npmrc /root/.npmrc", ["mv /root/.npmrc"]],
    ["mv a a", []],
    ["install -m 600 /run/secrets/key /etc/key", ["install /etc/key"]],
    ["install -D -o root -g root src /usr/local/bin/tool", ["install /usr/local/bin/tool"]],
    ["install -d /var/lib/app", []],
    ["touch a ~/b -d yesterday", ["touch /app/a", "touch /root/b"]],
    ["touch -r ref new", ["touch /app/new"]],
    ["curl -fsSL https://x -o /tmp/x.tgz", ["curl /tmp/x.tgz"]],
    ["curl -sSLo out https://x", ["curl /app/out"]],
    ["curl -H 'a: b' --output=o.bin https://x", ["curl /app/o.bin"]],
    ["curl --output o.bin --output-dir /dl https://x", ["curl /dl/o.bin"]],
    ["curl -o - https://x", []],
    ["curl https://x > page.html", ["redirect /app/page.html"]],
    ["wget -O /tmp/a https://x", ["wget /tmp/a"]],
    ["wget -qO- https://x | sh", []],
    ["wget -qO b.tgz https://x", ["wget /app/b.tgz"]],
    ["wget --output-document=c https://x", ["wget /app/c"]],
    ["wget https://x/file", []],
  ])("%j", (script, writes) => {
    expect(summary(script).writes).toEqual(writes);
  });

  it.each<[string, string[]]>([
    ["npm config set //registry.npmjs.org/:_authToken=${NPM_TOKEN}", ["npm config /root/.npmrc"]],
    ["npm config set //registry.npmjs.org/:_authToken $NPM_TOKEN", ["npm config /root/.npmrc"]],
    ["npm set _auth abc", ["npm config /root/.npmrc"]],
    ["npm config set --location=project //r/:_password=x", ["npm config /app/.npmrc"]],
    ["npm config set -g //r/:_authToken=x", ["npm config /usr/local/etc/npmrc"]],
    ["npm config set --userconfig /opt/npmrc //r/:_authToken=x", ["npm config /opt/npmrc"]],
    ["npm config set registry https://r", []],
    ["npm config get //r/:_authToken", []],
    ["yarn config set npmAuthToken $NPM_TOKEN", ["yarn config /app/.yarnrc.yml"]],
    ["yarn config set -H npmAuthToken $NPM_TOKEN", ["yarn config /root/.yarnrc.yml"]],
    ["yarn config set 'npmRegistries[\"//r\"].npmAuthToken' x", ["yarn config /app/.yarnrc.yml"]],
    ["yarn config set _authToken x", ["yarn config /root/.yarnrc"]],
    ["yarn config set enableTelemetry 0", []],
    ["echo $PASS | docker login -u user --password-stdin", ["docker login /root/.docker/config.json"]],
    ["docker login -u u -p $PASS registry.example.com", ["docker login /root/.docker/config.json"]],
    ["docker --config /cfg login -u u -p p", ["docker login /cfg/config.json"]],
    ["DOCKER_CONFIG=/d docker login", ["docker login /d/config.json"]],
    ["docker build .", []],
    ["aws configure set aws_secret_access_key $AWS_SECRET", ["aws configure /root/.aws/credentials"]],
    ["aws configure set aws_access_key_id AKIAEXAMPLE --profile ci", ["aws configure /root/.aws/credentials"]],
    ["aws configure set default.aws_session_token $T", ["aws configure /root/.aws/credentials"]],
    ["aws configure set region eu-west-1", []],
    ["git config --global user.email a@b", ["git config /root/.gitconfig"]],
    ["git config --system core.x y", ["git config /etc/gitconfig"]],
    ["git config -f /cfg k v", ["git config /cfg"]],
    ["git config user.name x", []],
    ["git config --global --get user.name", []],
    [
      "git config --global credential.helper store && git clone https://user:${GIT_TOKEN}@github.com/o/r.git",
      ["git config /root/.gitconfig", "git credential store /root/.git-credentials"],
    ],
    [
      "git clone https://${GIT_TOKEN}@github.com/o/r && git config credential.helper 'store --file=/opt/creds'",
      ["git credential store /opt/creds"],
    ],
    ["git config --global credential.helper store && git clone https://github.com/o/r.git", ["git config /root/.gitconfig"]],
    [
      "git -C /src config --global credential.helper 'store --file ~/.creds' && git -C /src pull https://u:p@h/r",
      ["git config /root/.gitconfig", "git credential store /root/.creds"],
    ],
    ["git config --global credential.helper cache && git clone https://u:p@h/r", ["git config /root/.gitconfig"]],
  ])("credential writer %j", (script, writes) => {
    expect(summary(script).writes).toEqual(writes);
  });

  it("follows the content into the file", () => {
    const cases: [string, { contentText: string; contentVars: string[]; content?: string }][] = [
      ["echo -n hello world > f", { contentText: "hello world", contentVars: [], content: "hello world" }],
      ['echo "token=$TOKEN" > f', { contentText: "token=$TOKEN", contentVars: ["TOKEN"] }],
      ["printf '%s' \"$A\" > f", { contentText: "%s $A", contentVars: ["A"] }],
      ["echo \"$A:$B\" | tee f", { contentText: "$A:$B", contentVars: ["A", "B"] }],
      ["echo \"$A\" | cat | sudo tee f", { contentText: "$A", contentVars: ["A"] }],
      ["echo \"$A\" | base64 -d > f", { contentText: "", contentVars: ["A"] }],
      ["cat > f <<EOF\nk=${KEY}\nEOF", { contentText: "k=${KEY}\n", contentVars: ["KEY"] }],
      ["cat > f <<'EOF'\nk=${KEY}\nEOF", { contentText: "k=${KEY}\n", contentVars: [], content: "k=${KEY}\n" }],
      ["tee f <<< \"$V\"", { contentText: "$V", contentVars: ["V"] }],
      ["make 2> f", { contentText: "", contentVars: [] }],
      ["npm config set //r/:_authToken=${NPM_TOKEN} //s/:_password p", { contentText: "//r/:_authToken=${NPM_TOKEN}\n//s/:_password=p", contentVars: ["NPM_TOKEN"] }],
      ["yarn config set npmAuthToken lit", { contentText: "npmAuthToken: lit", contentVars: [], content: "npmAuthToken: lit" }],
      ["echo $PW | docker login -u $USER --password-stdin", { contentText: "$USER:$PW", contentVars: ["USER", "PW"] }],
      ["aws configure set aws_secret_access_key $S", { contentText: "aws_secret_access_key = $S", contentVars: ["S"] }],
      [
        'git config --global url."https://${GH_TOKEN}@github.com/".insteadOf "https://github.com/"',
        { contentText: "url.https://${GH_TOKEN}@github.com/.insteadOf https://github.com/", contentVars: ["GH_TOKEN"] },
      ],
      [
        "git config --global credential.helper store; git clone https://x:${T}@h/r",
        { contentText: "credential.helper store", contentVars: [], content: "credential.helper store" },
      ],
      ["cat <<EOF >> ~/.npmrc\n//r/:_authToken=${T}\nEOF", { contentText: "//r/:_authToken=${T}\n", contentVars: ["T"] }],
      ["printf -v X '%s' secret > f", { contentText: "", contentVars: [], content: "" }],
    ];
    for (const [script, expected] of cases) {
      const [write] = effectsOf(script).writes;
      expect({ script, contentText: write?.contentText, contentVars: write?.contentVars, content: write?.content }).toEqual({
        script,
        content: undefined,
        ...expected,
      });
    }
  });

  it("records copies of file content", () => {
    const copies = (script: string) => effectsOf(script).copies.map((c) => `${c.command}: ${c.from} -> ${c.to}`);
    expect(copies("cp /run/secrets/npmrc /root/.npmrc")).toEqual(["0: /run/secrets/npmrc -> /root/.npmrc"]);
    expect(copies("cp -r a b /opt")).toEqual(["0: /app/a -> /opt/a", "0: /app/b -> /opt/b"]);
    expect(copies("mv x y")).toEqual(["0: /app/x -> /app/y"]);
    expect(copies("cat /run/secrets/t > t.txt")).toEqual(["0: /run/secrets/t -> /app/t.txt"]);
    expect(copies("cat /run/secrets/t | tee t.txt")).toEqual(["1: /run/secrets/t -> /app/t.txt"]);
    expect(copies("tee t.txt < /run/secrets/t")).toEqual(["0: /run/secrets/t -> /app/t.txt"]);
    expect(copies('echo "$(cat /run/secrets/t)" > t.txt')).toEqual(["1: /run/secrets/t -> /app/t.txt"]);
    expect(copies("cat a - < /run/secrets/t > out")).toEqual(["0: /app/a -> /app/out", "0: /run/secrets/t -> /app/out"]);
    expect(copies("echo a > b")).toEqual([]);
  });

  it("points at the word naming the file, or at the command", () => {
    const script = "echo x > .npmrc && npm config set //r/:_authToken=y";
    const spans = effectsOf(script).writes.map((w) => script.slice(w.start, w.end));
    expect(spans).toEqual([".npmrc", "npm config set //r/:_authToken=y"]);
  });
});

describe("fileEffects: deletes", () => {
  it.each<[string, string[], string[]]>([
    ["rm .npmrc", [], ["/app/.npmrc"]],
    ["rm -f /root/.npmrc ~/.netrc", [], ["/root/.npmrc", "/root/.netrc"]],
    ["rm -rf /app", [], ["/app/**"]],
    ["rm -fr a && rm -R b && rm --recursive c && rm -r -f d", [], ["/app/a/**", "/app/b/**", "/app/c/**", "/app/d/**"]],
    ["rm -- -weird", [], ["/app/-weird"]],
    ["rm -rf /tmp/* /var/lib/apt/lists/*", [], []],
    ["rm -f $UNKNOWN", [], []],
    ["shred -u id_rsa", [], ["/app/id_rsa"]],
    ["shred -zun 3 key", [], ["/app/key"]],
    ["shred --remove key", [], ["/app/key"]],
    ["shred key", [], []],
    ["unlink /root/.npmrc", [], ["/root/.npmrc"]],
    ["mv .npmrc /tmp/x", ["mv /tmp/x"], ["/app/.npmrc/**"]],
    ["mv a b /opt/", ["mv /opt/a", "mv /opt/b"], ["/app/a/**", "/app/b/**"]],
    ["mv .npmrc $UNKNOWN", [], ["/app/.npmrc/**"]],
    ["rm /dev/null", [], []],
    ["find / -name .npmrc -delete", [], []],
  ])("%j", (script, writes, deletes) => {
    expect(summary(script)).toEqual({ writes, deletes });
  });
});

describe("fileEffects: whole scripts", () => {
  it("sees the seed article's .npmrc written with $NPM_TOKEN", () => {
    const effects = effectsOf('echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc');
    expect(effects.writes).toEqual([
      {
        path: "/app/.npmrc",
        command: 0,
        via: "redirect",
        contentVars: ["NPM_TOKEN"],
        contentText: "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
        start: 55,
        end: 61,
      },
    ]);
  });

  it("orders the writes and deletes of a secret-mount script by command", () => {
    const script =
      "NPM_TOKEN=$(cat /run/secrets/npm_token) && echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci && rm .npmrc";
    const parsed = parseShell(script);
    expect(parsed.commands.map((c) => c.words.map((w) => w.value).join(" "))).toEqual([
      "cat /run/secrets/npm_token",
      "",
      'echo //registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      "npm ci",
      "rm .npmrc",
    ]);
    expect(parsed.commands[1]!.assignments.map((a) => a.name)).toEqual(["NPM_TOKEN"]);
    const effects = fileEffects(parsed, ctx);
    expect(effects.writes.map((w) => [w.command, w.path, w.contentVars])).toEqual([[2, "/app/.npmrc", ["NPM_TOKEN"]]]);
    expect(effects.deletes.map((d) => [d.command, d.path, d.recursive])).toEqual([[4, "/app/.npmrc", false]]);
    expect(parsed.vars.map((v) => v.name)).toEqual(["NPM_TOKEN"]);
  });

  it("finds effects inside compound commands and substitutions", () => {
    expect(summary("if [ -n \"$T\" ]; then echo $T > /t; fi; for x in a; do rm -f /t; done")).toEqual({
      writes: ["redirect /t"],
      deletes: ["/t"],
    });
    expect(summary("V=$(echo x | tee /log) && (cd /opt && touch y)")).toEqual({
      writes: ["tee /log", "touch /app/y"],
      deletes: [],
    });
  });

  it("produces nothing for unrecognised commands", () => {
    expect(effectsOf("npm run build && ./configure --prefix=/usr && make install && apk add curl")).toEqual({
      writes: [],
      deletes: [],
      copies: [],
    });
  });
});
