// Deterministic generator of the benchmark corpus: realistic, varied Dockerfiles built from a
// seeded PRNG (nothing copied from other projects). `node bench/generate.mjs [--count N]` writes
// them to bench/.corpus/; bench/run.mjs imports the functions and generates in memory.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** mulberry32: small, fast, good enough for test data, identical on every platform. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  const some = (items, min, max) => {
    const pool = [...items];
    const out = [];
    const count = Math.min(pool.length, int(min, max));
    while (out.length < count) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  const hex = (length) => {
    let out = "";
    while (out.length < length) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const version = () => `${int(1, 24)}.${int(0, 30)}.${int(0, 40)}`;
  return { next, int, pick, chance, some, hex, version };
}

const DEBIAN_BASES = ["debian:bookworm-slim", "debian:bookworm", "ubuntu:24.04", "ubuntu:22.04", "buildpack-deps:bookworm-curl"];
const ALPINE_BASES = ["alpine:3.20", "alpine:3.19", "alpine:3.18"];
const PROJECTS = ["acme-relay", "ledger", "quill", "orbit", "harbor", "tessera", "lumen", "kestrel", "cobalt", "mosaic", "fathom", "beacon"];
const APT_PACKAGES = [
  "ca-certificates", "curl", "wget", "gnupg", "dirmngr", "xz-utils", "bzip2", "libssl-dev", "libffi-dev", "zlib1g-dev",
  "libxml2-dev", "libsqlite3-dev", "libreadline-dev", "libyaml-dev", "libpq-dev", "netbase", "tzdata", "git", "make",
  "gcc", "g++", "dpkg-dev", "pkg-config", "autoconf", "bison", "re2c", "libonig-dev", "libcurl4-openssl-dev", "procps",
];
const APK_PACKAGES = ["ca-certificates", "curl", "tzdata", "bash", "su-exec", "tini", "openssl", "libgcc", "musl-dev", "gcc", "make", "git", "coreutils", "xz", "gnupg"];
const COMMENTS = [
  "install runtime dependencies only; build deps are purged below",
  "see https://example.com/docs/build for the supported architectures",
  "pin the version so rebuilds are reproducible",
  "verify the release signature before unpacking anything",
  "the checksum below is for the source tarball, not a credential",
  "keep this layer small: clean the package cache in the same RUN",
  "https://example.org/issues/1234 - remove when upstream ships a fix",
  "create the user with a fixed uid/gid so volumes keep their ownership",
  "smoke test",
  "TODO(infra): move to the shared base image once it is published",
  "do not set PASSWORD here: it is read from a secret mount at runtime",
  "the healthcheck talks to the local port only",
  "Build stage: compile with the full toolchain",
  "Runtime stage: only the binary and its certificates",
];

/** A `# comment` block of 1–3 lines, or nothing. */
function commentBlock(r, p = 0.5) {
  if (!r.chance(p)) return [];
  return r.some(COMMENTS, 1, 3).map((c) => `# ${c}`);
}

function aptInstall(r, indent = "\t") {
  const packages = r.some(APT_PACKAGES, 3, 10).sort();
  return [
    `${indent}apt-get update; \\`,
    `${indent}apt-get install -y --no-install-recommends \\`,
    ...packages.map((p) => `${indent}\t${p} \\`),
    `${indent}; \\`,
    `${indent}rm -rf /var/lib/apt/lists/*`,
  ];
}

function gpgVerify(r, name, url) {
  const keys = Array.from({ length: r.int(1, 3) }, () => r.hex(40).toUpperCase());
  return [
    `\tcurl -fsSL -o ${name}.tar.xz "${url}"; \\`,
    `\tcurl -fsSL -o ${name}.tar.xz.asc "${url}.asc"; \\`,
    `\texport GNUPGHOME="$(mktemp -d)"; \\`,
    ...keys.map((k) => `\tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys ${k}; \\`),
    `\tgpg --batch --verify ${name}.tar.xz.asc ${name}.tar.xz; \\`,
    `\tgpgconf --kill all; \\`,
    `\trm -rf "$GNUPGHOME" ${name}.tar.xz.asc; \\`,
  ];
}

/** Official-image style: one stage, versions and checksums in ENV, long `set -eux` RUN chains. */
function officialImage(r) {
  const name = r.pick(["postgres", "redis", "memcached", "haproxy", "nginx", "httpd", "ruby", "python", "php", "node", "mariadb", "rabbitmq"]);
  const upper = name.toUpperCase();
  const alpine = r.chance(0.3);
  const out = [];
  out.push(...commentBlock(r, 0.6));
  out.push(`FROM ${r.pick(alpine ? ALPINE_BASES : DEBIAN_BASES)}`, "");
  out.push(...commentBlock(r, 0.7));
  if (alpine) {
    out.push(`RUN set -eux; \\`, `\taddgroup -g ${r.int(70, 999)} -S ${name}; \\`, `\tadduser -u ${r.int(70, 999)} -S -D -G ${name} -H -h /var/lib/${name} -s /bin/sh ${name}`, "");
    out.push(`RUN apk add --no-cache ${r.some(APK_PACKAGES, 2, 6).join(" ")}`, "");
  } else {
    out.push(`RUN set -eux; \\`, `\tgroupadd -r ${name} --gid=${r.int(100, 999)}; \\`, `\tuseradd -r -g ${name} --uid=${r.int(100, 999)} --home-dir=/var/lib/${name} --shell=/bin/bash ${name}; \\`, `\tmkdir -p /var/lib/${name}; \\`, `\tchown -R ${name}:${name} /var/lib/${name}`, "");
  }
  out.push(`ENV GOSU_VERSION ${r.int(1, 1)}.${r.int(10, 17)}`);
  out.push(`RUN set -eux; \\`, `\tsavedAptMark="$(apt-mark showmanual)"; \\`, ...aptInstall(r).map((l) => (l.endsWith("*") ? `${l}; \\` : l)));
  out.push(`\tdpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \\`);
  out.push(`\twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \\`);
  out.push(`\twget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \\`);
  out.push(`\texport GNUPGHOME="$(mktemp -d)"; \\`, `\tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys ${r.hex(40).toUpperCase()}; \\`);
  out.push(`\tgpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \\`, `\tgpgconf --kill all; \\`, `\trm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \\`);
  out.push(`\tapt-mark auto '.*' > /dev/null; \\`, `\t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \\`, `\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\`);
  out.push(`\tchmod +x /usr/local/bin/gosu; \\`, `\tgosu --version; \\`, `\tgosu nobody true`, "");
  out.push(...commentBlock(r, 0.4));
  out.push(`ENV LANG C.UTF-8`, "");
  const major = r.int(2, 17);
  out.push(`ENV ${upper}_MAJOR ${major}`);
  out.push(`ENV ${upper}_VERSION ${major}.${r.int(0, 20)}.${r.int(0, 9)}`);
  if (r.chance(0.6)) out.push(`ENV ${upper}_SHA256 ${r.hex(64)}`);
  if (r.chance(0.5)) {
    const keys = Array.from({ length: r.int(1, 4) }, () => r.hex(40).toUpperCase());
    out.push(`ENV GPG_KEYS \\`, ...keys.map((k, i) => `\t${k}${i === keys.length - 1 ? "" : " \\"}`));
  }
  out.push("", ...commentBlock(r, 0.8));
  const url = `https://downloads.example.org/${name}/${name}-$${upper}_VERSION.tar.xz`;
  out.push(`RUN set -eux; \\`, "\t\\");
  out.push(...aptInstall(r).map((l) => (l.endsWith("*") ? `${l}; \\` : l)));
  out.push(...gpgVerify(r, name, url));
  if (r.chance(0.7)) out.push(`\techo "$${upper}_SHA256 *${name}.tar.xz" | sha256sum -c -; \\`);
  out.push(`\tmkdir -p /usr/src/${name}; \\`, `\ttar -xJf ${name}.tar.xz -C /usr/src/${name} --strip-components=1; \\`, `\trm ${name}.tar.xz; \\`, `\tcd /usr/src/${name}; \\`);
  out.push(`\tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\`, `\t./configure \\`, `\t\t--build="$gnuArch" \\`);
  for (const flag of r.some(["--enable-option-checking=fatal", "--with-openssl", "--with-system-expat", "--enable-shared", "--with-lto", "--with-password-argon2", "--with-sodium=shared", "--with-libedit", "--without-readline", "--with-uuid=e2fs"], 2, 6)) out.push(`\t\t${flag} \\`);
  out.push(`\t; \\`, `\tmake -j "$(nproc)"; \\`, `\tmake install; \\`, `\tcd /; \\`, `\trm -rf /usr/src/${name}; \\`);
  out.push(`\tfind /usr/local -depth \\`, `\t\t\\( \\`, `\t\t\t\\( -type d -a \\( -name test -o -name tests -o -name idle_test \\) \\) \\`, `\t\t\t-o \\( -type f -a \\( -name '*.pyc' -o -name '*.pyo' -o -name 'libpython*.a' \\) \\) \\`, `\t\t\\) -exec rm -rf '{}' + \\`, `\t; \\`);
  out.push(`\t${name} --version`, "");
  if (r.chance(0.5)) out.push(`ENV PATH /usr/local/${name}/bin:$PATH`);
  out.push(`VOLUME /var/lib/${name}`, `WORKDIR /var/lib/${name}`, "");
  out.push(`COPY docker-entrypoint.sh /usr/local/bin/`);
  if (r.chance(0.4)) out.push(`RUN ln -s usr/local/bin/docker-entrypoint.sh / # backwards compat`);
  out.push(`ENTRYPOINT ["docker-entrypoint.sh"]`, "");
  if (r.chance(0.5)) out.push(...commentBlock(r, 1));
  out.push(`STOPSIGNAL ${r.pick(["SIGINT", "SIGTERM", "SIGQUIT"])}`, `EXPOSE ${r.int(1000, 9999)}`, `CMD ["${name}"]`);
  return out;
}

const LANGS = {
  node: { build: "node:20-bookworm", run: "node:20-bookworm-slim", deps: ["package.json", "package-lock.json"], install: "npm ci", compile: "npm run build", cache: "/root/.npm", artifact: "/app/dist", cmd: ["node", "dist/server.js"] },
  pnpm: { build: "node:22-alpine", run: "node:22-alpine", deps: ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml"], install: "corepack enable && pnpm install --frozen-lockfile", compile: "pnpm -r build", cache: "/root/.local/share/pnpm/store", artifact: "/app/apps/web/.output", cmd: ["node", ".output/server/index.mjs"] },
  python: { build: "python:3.12-slim", run: "python:3.12-slim", deps: ["pyproject.toml", "poetry.lock"], install: "pip install --no-cache-dir poetry && poetry export -o requirements.txt && pip wheel -r requirements.txt -w /wheels", compile: "python -m compileall -q src", cache: "/root/.cache/pip", artifact: "/wheels", cmd: ["gunicorn", "-b", "0.0.0.0:8000", "app.wsgi:application"] },
  go: { build: "golang:1.23-bookworm", run: "gcr.io/distroless/static-debian12:nonroot", deps: ["go.mod", "go.sum"], install: "go mod download", compile: 'CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/server', cache: "/go/pkg/mod", artifact: "/out/app", cmd: ["/app"] },
  rust: { build: "rust:1-slim-bookworm", run: "debian:bookworm-slim", deps: ["Cargo.toml", "Cargo.lock"], install: "cargo fetch --locked", compile: "cargo build --release --locked", cache: "/usr/local/cargo/registry", artifact: "/src/target/release/server", cmd: ["/usr/local/bin/server"] },
  java: { build: "maven:3.9-eclipse-temurin-21", run: "eclipse-temurin:21-jre-jammy", deps: ["pom.xml"], install: "mvn -B -q dependency:go-offline", compile: "mvn -B -q package -DskipTests", cache: "/root/.m2", artifact: "/src/target/app.jar", cmd: ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"] },
  ruby: { build: "ruby:3.3-bookworm", run: "ruby:3.3-slim-bookworm", deps: ["Gemfile", "Gemfile.lock"], install: "bundle config set deployment true && bundle install --jobs 4", compile: "bundle exec rails assets:precompile", cache: "/usr/local/bundle/cache", artifact: "/app", cmd: ["bundle", "exec", "puma", "-C", "config/puma.rb"] },
  dotnet: { build: "mcr.microsoft.com/dotnet/sdk:8.0", run: "mcr.microsoft.com/dotnet/aspnet:8.0", deps: ["Api.csproj"], install: "dotnet restore", compile: "dotnet publish -c Release -o /out --no-restore", cache: "/root/.nuget/packages", artifact: "/out", cmd: ["dotnet", "Api.dll"] },
};

function labels(r, project) {
  const entries = [
    `org.opencontainers.image.title="${project}"`,
    `org.opencontainers.image.source="https://git.example.com/platform/${project}"`,
    `org.opencontainers.image.version="${r.version()}"`,
    `org.opencontainers.image.licenses="Apache-2.0"`,
    `org.opencontainers.image.description="The ${project} service, built from source"`,
    `maintainer="platform team <platform@example.com>"`,
  ];
  const chosen = r.some(entries, 1, entries.length);
  if (r.chance(0.5)) return chosen.map((e) => `LABEL ${e}`);
  return ["LABEL " + chosen.join(" \\\n      ")];
}

/** Application multi-stage build: deps stage, build stage, slim runtime stage. */
function appBuild(r, { mounts = r.chance(0.4), leaky = false } = {}) {
  const langName = r.pick(Object.keys(LANGS));
  const lang = LANGS[langName];
  const project = r.pick(PROJECTS);
  const out = [];
  if (mounts || r.chance(0.3)) out.push(`# syntax=docker/dockerfile:1${r.pick(["", ".6", ".7"])}`);
  out.push(...commentBlock(r, 0.6));
  const argVersion = r.chance(0.5);
  if (argVersion) out.push(`ARG BASE_TAG=${r.version()}`, `ARG APP_VERSION=0.0.0-dev`, "");
  out.push(`FROM ${lang.build} AS ${r.pick(["deps", "base", "toolchain"])}`);
  out.push(`WORKDIR /${langName === "go" ? "src" : "app"}`);
  out.push(`COPY ${lang.deps.join(" ")} ./`);
  if (mounts) out.push(`RUN --mount=type=cache,target=${lang.cache}${r.chance(0.5) ? ",sharing=locked" : ""} \\`, `    ${lang.install}`);
  else out.push(`RUN ${lang.install}`);
  out.push("");
  const stages = r.int(1, 3);
  let from = out.find((l) => l.startsWith("FROM ")).split(" AS ")[1];
  for (let s = 0; s < stages; s++) {
    const stage = s === stages - 1 ? "build" : r.pick(["codegen", "assets", "test", "lint"]) + s;
    out.push(...commentBlock(r, 0.5));
    out.push(`FROM ${from} AS ${stage}`);
    if (argVersion) out.push(`ARG APP_VERSION`);
    out.push(`COPY . .`);
    if (r.chance(0.4)) out.push(`ENV NODE_ENV=production \\`, `    CI=true \\`, `    ${r.pick(["LOG_LEVEL", "TZ", "LANG"])}="${r.pick(["info", "UTC", "C.UTF-8"])}"`);
    const flags = mounts ? `--mount=type=cache,target=${lang.cache} ` : "";
    out.push(`RUN ${flags}${lang.compile}${r.chance(0.5) ? " \\\n    && " + r.pick(["echo build done", "ls -la", "test -s " + lang.artifact]) : ""}`);
    if (r.chance(0.3)) out.push(`RUN find . -name '*.map' -delete`);
    out.push("");
    from = stage;
  }
  out.push(...commentBlock(r, 0.7));
  out.push(`FROM ${lang.run}${r.chance(0.3) ? " AS runtime" : ""}`);
  out.push(...labels(r, project));
  if (!lang.run.includes("distroless")) {
    if (lang.run.includes("alpine")) out.push(`RUN addgroup -S app && adduser -S -G app app`);
    else out.push(`RUN set -eux; \\`, ...aptInstall(r, "    ").map((l) => l.replace("\t", "  ")), `RUN useradd --system --uid 10001 --create-home app`);
  }
  out.push(`WORKDIR /app`);
  out.push(`COPY --from=${from} ${r.chance(0.5) ? "--chown=10001:10001 " : ""}${lang.artifact} ${lang.cmd[0].startsWith("/") ? lang.cmd[0] : "/app/"}`);
  if (r.chance(0.3)) out.push(`COPY --from=${from} /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`);
  if (argVersion) out.push(`ARG APP_VERSION`, `ENV APP_VERSION=\${APP_VERSION}`);
  out.push(`ENV PORT=${r.int(3000, 9000)}`);
  if (leaky) out.push(...leaks(r, lang, mounts));
  out.push(`EXPOSE ${r.int(3000, 9000)}`);
  if (r.chance(0.6)) out.push(`HEALTHCHECK --interval=${r.int(10, 60)}s --timeout=${r.int(2, 10)}s --retries=3 \\`, `  CMD ["${lang.cmd[0]}", "--health"]`);
  out.push(`USER ${r.pick(["app", "10001", "nonroot:nonroot", "10001:10001"])}`);
  out.push(`${r.chance(0.5) ? "ENTRYPOINT" : "CMD"} ${JSON.stringify(lang.cmd).replace(/","/g, '", "')}`);
  return out;
}

/** BuildKit features: secret/ssh/cache/bind mounts, `--chmod`, `--link`, `--exclude`. */
function buildkit(r) {
  const out = [`# syntax=docker/dockerfile:1.${r.int(4, 9)}`, ...commentBlock(r, 0.8)];
  out.push(`FROM ${r.pick(DEBIAN_BASES)} AS fetch`);
  out.push(`RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\`, `    --mount=type=cache,target=/var/lib/apt,sharing=locked \\`, `    apt-get update && apt-get install -y --no-install-recommends ${r.some(APT_PACKAGES, 2, 6).join(" ")}`);
  const kind = r.pick(["npm", "pip", "ssh", "aws", "netrc", "gh"]);
  const mount = {
    npm: ["--mount=type=secret,id=npmrc,target=/root/.npmrc", "npm ci --omit=dev"],
    pip: ["--mount=type=secret,id=pip_index,env=PIP_INDEX_URL", "pip install --no-cache-dir -r requirements.txt"],
    ssh: ["--mount=type=ssh", "git clone git@git.example.com:platform/tools.git /opt/tools"],
    aws: ["--mount=type=secret,id=aws,target=/root/.aws/credentials", "aws s3 cp s3://artifacts.example.com/model.bin /opt/model.bin"],
    netrc: ["--mount=type=secret,id=netrc,target=/root/.netrc,mode=0400", "curl -fsSL --netrc -o /tmp/pkg.tgz https://artifacts.example.com/pkg.tgz"],
    gh: ["--mount=type=secret,id=gh_token,env=GH_TOKEN", `gh release download v${r.version()} --repo platform/cli --pattern '*.tar.gz'`],
  }[kind];
  out.push("", ...commentBlock(r, 0.5));
  out.push(`WORKDIR /src`, `COPY --link ${r.pick(["requirements.txt", "package.json package-lock.json", "tools.lock"])} ./`);
  out.push(`RUN ${mount[0]} \\`, `    --mount=type=bind,source=scripts,target=/src/scripts \\`, `    ${mount[1]}`);
  if (r.chance(0.5)) out.push(`COPY --chmod=0755 --link scripts/entrypoint.sh /usr/local/bin/entrypoint`);
  if (r.chance(0.3)) out.push(`COPY --exclude=*.md --exclude=tests/ . /src/`);
  out.push("", `FROM ${r.pick(DEBIAN_BASES)}`);
  out.push(`COPY --from=fetch --link /src /src`);
  if (r.chance(0.5)) out.push(`ADD --checksum=sha256:${r.hex(64)} https://downloads.example.org/tool-${r.version()}.tar.gz /tmp/`);
  if (r.chance(0.3)) out.push(`ADD --keep-git-dir=true https://git.example.com/platform/config.git#v${r.version()} /etc/config`);
  out.push(`USER 65532:65532`, `ENTRYPOINT ["/usr/local/bin/entrypoint"]`);
  return out;
}

/** BuildKit heredocs: RUN scripts, COPY files, `<<-` with tabs, quoted delimiters, two at once. */
function heredocs(r) {
  const out = [`# syntax=docker/dockerfile:1`, ...commentBlock(r, 0.5), `FROM ${r.pick([...DEBIAN_BASES, ...ALPINE_BASES])}`, ""];
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    out.push(...commentBlock(r, 0.4));
    switch (r.int(0, 5)) {
      case 0:
        out.push(`RUN <<EOF`, `set -eux`, ...aptInstall(r, "").map((l) => l.replace(/; \\$| \\$/, "")), `EOF`);
        break;
      case 1:
        out.push(`RUN <<EOF bash`, `set -euo pipefail`, `useradd --system --create-home svc${i}`, `install -d -o svc${i} -m 0750 /var/lib/svc${i}`, `EOF`);
        break;
      case 2:
        out.push(`COPY <<EOF /etc/${r.pick(PROJECTS)}/app.conf`, `listen = 0.0.0.0:${r.int(1000, 9999)}`, `log_level = ${r.pick(["info", "debug", "warn"])}`, `cache_dir = /var/cache/app`, `token_url = https://login.example.com/oauth2/token`, `EOF`);
        break;
      case 3:
        out.push(`COPY --chmod=0755 <<-"EOT" /usr/local/bin/healthcheck`, `\t#!/bin/sh`, `\texec curl -fsS "http://127.0.0.1:\${PORT:-8080}/healthz"`, `\tEOT`);
        break;
      case 4:
        out.push(`RUN <<-'SCRIPT'`, `\techo "literal \${HOME} is not expanded"`, `\tprintf '%s\\n' one two`, `\tSCRIPT`);
        break;
      default:
        out.push(`COPY <<A /etc/a.conf <<B /etc/b.conf`, `a = 1`, `A`, `b = 2`, `B`);
    }
    out.push("");
  }
  out.push(`CMD ["/bin/sh"]`);
  return out;
}

/** Windows images: `# escape=\``, PowerShell SHELL, backtick continuations, often CRLF. */
function windows(r, { leaky = false } = {}) {
  const out = [`# escape=\``, "", ...commentBlock(r, 0.6)];
  const base = r.pick(["mcr.microsoft.com/windows/servercore:ltsc2022", "mcr.microsoft.com/windows/nanoserver:ltsc2022", "mcr.microsoft.com/dotnet/framework/sdk:4.8"]);
  out.push(`FROM ${base}`, "");
  out.push(`SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]`, "");
  const tool = r.pick(["python", "git", "node", "golang", "cmake"]);
  const upper = tool.toUpperCase();
  out.push(`ENV ${upper}_VERSION ${r.version()}`);
  out.push(`ENV ${upper}_SHA256 ${r.hex(64)}`, "");
  out.push(...commentBlock(r, 0.5));
  out.push(
    `RUN $url = ('https://downloads.example.org/${tool}/{0}/${tool}-{0}-amd64.zip' -f $env:${upper}_VERSION); `,
    `\tWrite-Host ('Downloading {0} ...' -f $url); `,
    `\tInvoke-WebRequest -Uri $url -OutFile '${tool}.zip'; `,
    `\t`,
    `\tWrite-Host ('Verifying sha256 ({0}) ...' -f $env:${upper}_SHA256); `,
    `\tif ((Get-FileHash ${tool}.zip -Algorithm sha256).Hash -ne $env:${upper}_SHA256) { `,
    `\t\tWrite-Host 'FAILED!'; `,
    `\t\texit 1; `,
    `\t}; `,
    `\t`,
    `\tExpand-Archive ${tool}.zip -DestinationPath C:\\${tool}; `,
    `\tRemove-Item ${tool}.zip -Force; `,
    `\t$env:PATH = 'C:\\${tool}\\bin;' + $env:PATH; `,
    `\t[Environment]::SetEnvironmentVariable('PATH', $env:PATH, [EnvironmentVariableTarget]::Machine); `,
    `\t${tool} --version`,
  );
  // Continuation lines in an escape=` file end with a backtick.
  const runStart = out.findIndex((l) => l.startsWith("RUN $url"));
  for (let i = runStart; i < out.length - 1; i++) out[i] = `${out[i]}\``;
  out.push("", `WORKDIR C:\\app`, `COPY . C:\\app\\`);
  if (leaky) out.push(`ARG NUGET_API_KEY`, `RUN dotnet nuget push (Get-Item C:\\out\\*.nupkg).FullName --api-key $env:NUGET_API_KEY --source https://nuget.example.com/v3/index.json`);
  if (r.chance(0.4)) out.push(`USER ContainerAdministrator`, `RUN setx /M APP_HOME C:\\app`, `USER ContainerUser`);
  out.push(`CMD ["${tool}"]`);
  return out;
}

/** Secret leaks of the kinds docs/spec.md §2 lists; values are visibly fake. */
function leaks(r, lang, mounts) {
  const fake = `FAKE-${r.hex(8)}-not-a-real-credential`;
  const choices = [
    [`ENV DATABASE_PASSWORD=${fake}`],
    [`ARG NPM_TOKEN`, `RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > /root/.npmrc && npm ci && rm /root/.npmrc`],
    [`COPY id_rsa /root/.ssh/id_rsa`, `RUN chmod 600 /root/.ssh/id_rsa && git clone git@git.example.com:platform/tools.git && rm /root/.ssh/id_rsa`],
    [`ARG GITHUB_TOKEN`, `RUN git config --global url."https://\${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"`],
    [`ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE \\`, `    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`],
    [`COPY .env /app/.env`],
    [`ADD credentials.json /secrets/gcp.json`, `RUN gcloud auth activate-service-account --key-file=/secrets/gcp.json && shred -u /secrets/gcp.json`],
    [`RUN curl -u deploy:${fake} -fsSL https://artifacts.example.com/pkg.tgz -o /tmp/pkg.tgz`],
    [`LABEL ci.job-token="${fake}"`],
    [`ONBUILD COPY .npmrc /root/.npmrc`],
  ];
  const out = [];
  for (const leak of r.some(choices, 1, 2)) out.push(...leak);
  if (mounts && r.chance(0.3)) out.push(`RUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /root/.npmrc`);
  return out;
}

/** Legacy forms: `ENV A b c`, ONBUILD triggers, lower-case keywords, JSON with spaces. */
function legacy(r) {
  const out = [...commentBlock(r, 0.7), `FROM ${r.pick(["python:3.12", "node:20", "ruby:3.3"])}`, ""];
  out.push(`ENV APP_HOME /usr/src/app`, `ENV PYTHONDONTWRITEBYTECODE 1`);
  out.push(`ENV GREETING hello from ${r.pick(PROJECTS)}`);
  out.push(`RUN mkdir -p $APP_HOME`, `WORKDIR $APP_HOME`, "");
  out.push(`ONBUILD COPY requirements.txt $APP_HOME/`, `ONBUILD RUN pip install --no-cache-dir -r requirements.txt`, `ONBUILD COPY . $APP_HOME`);
  out.push(`onbuild run echo "trigger written in lower case"`);
  out.push(`run apt-get update && apt-get install -y --no-install-recommends make`);
  out.push(`COPY ["config files/app settings.yaml", "/etc/app settings.yaml"]`);
  out.push(`VOLUME ["/var/lib/app data", "/var/log/app"]`);
  out.push(`CMD [ "python", "-m", "http.server", "8000" ]`);
  return out;
}

function render(r, lines) {
  // A few files come from Windows editors: CRLF line endings.
  return lines.join("\n").split("\n").join(r.chance(0.05) ? "\r\n" : "\n") + "\n";
}

const KINDS = [
  ["official", 0.22, (r) => officialImage(r)],
  ["app", 0.28, (r) => appBuild(r)],
  ["buildkit", 0.14, (r) => buildkit(r)],
  ["heredoc", 0.1, (r) => heredocs(r)],
  ["windows", 0.06, (r) => windows(r, { leaky: r.chance(0.3) })],
  ["legacy", 0.05, (r) => legacy(r)],
  ["leaky", 0.15, (r) => appBuild(r, { leaky: true })],
];

/** The corpus: `count` files, the same for the same seed. */
export function generateCorpus({ seed = 20240801, count = 2000 } = {}) {
  const r = createRandom(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    let roll = r.next();
    let kind = KINDS[KINDS.length - 1];
    for (const candidate of KINDS) {
      if (roll < candidate[1]) {
        kind = candidate;
        break;
      }
      roll -= candidate[1];
    }
    files.push({ name: `${String(i).padStart(4, "0")}-${kind[0]}.Dockerfile`, kind: kind[0], text: render(r, kind[2](r)) });
  }
  return files;
}

/** One stage, `lines` lines long: FROM, then a long run of realistic instructions. */
export function singleStageFile(lines, seed = 7) {
  const r = createRandom(seed);
  const out = [`FROM ${r.pick(DEBIAN_BASES)}`];
  let n = 0;
  while (out.length < lines) {
    const block = [];
    switch (r.int(0, 6)) {
      case 0:
        block.push(`RUN set -eux; \\`, ...aptInstall(r));
        break;
      case 1:
        block.push(`ENV TOOL${n}_VERSION=${r.version()} TOOL${n}_SHA256=${r.hex(64)}`);
        break;
      case 2:
        block.push(`RUN curl -fsSL -o /tmp/t${n}.tgz "https://downloads.example.org/t${n}/\${TOOL${n}_VERSION}.tgz" \\`, `    && echo "\${TOOL${n}_SHA256}  /tmp/t${n}.tgz" | sha256sum -c - \\`, `    && tar -xzf /tmp/t${n}.tgz -C /usr/local/bin \\`, `    && rm /tmp/t${n}.tgz`);
        break;
      case 3:
        block.push(`COPY --chown=app:app config/${n}.yaml /etc/app/conf.d/`);
        break;
      case 4:
        block.push(`LABEL com.example.layer${n}="${r.pick(PROJECTS)}" com.example.build="${r.hex(12)}"`);
        break;
      case 5:
        block.push(...commentBlock(r, 1));
        break;
      default:
        block.push(`WORKDIR /opt/step${n}`, `RUN ./configure --prefix=/usr/local && make -j"$(nproc)" && make install`);
    }
    n++;
    out.push(...block);
  }
  return out.slice(0, lines).join("\n") + "\n";
}

/**
 * Many realistic files concatenated (many stages, many comments), `lines` lines long, from the
 * `start`th file on. Windows files are left out: their `# escape=` directive would be a plain
 * comment mid-file.
 */
export function concatenatedFile(lines, corpus, start = 0) {
  const out = [];
  const usable = corpus.filter((f) => f.kind !== "windows");
  let i = start;
  while (true) {
    const fileLines = usable[i % usable.length].text.replace(/\r\n/g, "\n").trimEnd().split("\n");
    if (out.length + fileLines.length + 1 > lines) break;
    out.push(`# ---- ${usable[i % usable.length].name} ----`, ...fileLines);
    i++;
  }
  while (out.length < lines) out.push("# padding: comment-only line");
  return out.join("\n") + "\n";
}

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, ".corpus");

/** Writes the corpus and the big files to bench/.corpus/ (replacing what was there). */
export function writeCorpus(files, big) {
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(join(CORPUS_DIR, "files"), { recursive: true });
  for (const file of files) writeFileSync(join(CORPUS_DIR, "files", file.name), file.text);
  for (const [name, text] of Object.entries(big)) writeFileSync(join(CORPUS_DIR, name), text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { count: { type: "string", default: "2000" }, seed: { type: "string", default: "20240801" } } });
  const files = generateCorpus({ seed: Number(values.seed), count: Number(values.count) });
  const big = {
    "single-5000.Dockerfile": singleStageFile(5000),
    "single-50000.Dockerfile": singleStageFile(50000),
    "concat-5000.Dockerfile": concatenatedFile(5000, files),
    "concat-50000.Dockerfile": concatenatedFile(50000, files),
  };
  writeCorpus(files, big);
  console.log(`wrote ${files.length} files and ${Object.keys(big).length} big files to ${CORPUS_DIR}`);
}
