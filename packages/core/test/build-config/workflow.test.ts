import { describe, expect, it } from "vitest";
import { parseBuildConfig, type BuildSpec } from "../../src/build-config/index.js";
import { at } from "./helpers.js";

const workflow = (text: string) => parseBuildConfig(text, "workflow").builds;
const args = (build: BuildSpec | undefined) =>
  build!.args.map((a) => [a.name, a.value.kind, a.value.references.map((r) => (r.via ? `${r.kind}:${r.name} via ${r.via}` : `${r.kind}:${r.name}`)), at(a.span)]);

const job = (steps: string, extra = "") => `on: push\n${extra}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

describe("docker/build-push-action steps", () => {
  it("reads context, file, target and provenance; paths are relative to the workspace (../.. of the workflow)", () => {
    const [build] = workflow(
      job(
        "      - name: Build image\n        uses: docker/build-push-action@v6\n        with:\n          context: ./app\n          file: ./app/docker/Dockerfile.prod\n          target: runtime\n          provenance: false\n",
      ),
    );
    expect(build).toMatchObject({
      name: "build / Build image",
      via: "build-push-action",
      context: "../../app",
      dockerfile: "../../app/docker/Dockerfile.prod",
      target: "runtime",
      provenance: false,
    });
    expect(at(build!.span)).toBe("7:9-7:13");
  });

  it("defaults to the Git context (the repository root) and {context}/Dockerfile", () => {
    const builds = workflow(
      job(
        "      - uses: docker/build-push-action@v5\n      - uses: docker/build-push-action@v5\n        with:\n          context: '{{defaultContext}}:api'\n      - uses: docker/build-push-action@v5\n        with:\n          context: ${{ matrix.dir }}\n",
      ),
    );
    expect(builds.map((b) => [b.name, b.context, b.dockerfile])).toEqual([
      ["build / step 1", "../..", "../../Dockerfile"],
      ["build / step 2", "../../api", "../../api/Dockerfile"],
      ["build / step 3", null, null],
    ]);
  });

  it("reads multi-line build-args line by line, each at its own line and column", () => {
    const [build] = workflow(
      job(
        [
          "      - uses: docker/build-push-action@v6",
          "        env:",
          "          TOKEN: ${{ secrets.GH_TOKEN }}",
          "        with:",
          "          build-args: |",
          "            GH=${{ secrets.GH_TOKEN }}",
          "            VERSION=1.2.3",
          "            T=${{ env.TOKEN }}",
          "            V=${{ vars.REGISTRY }}",
          "            OUT=${{ steps.app.outputs.token }}",
          "            FROM_GITHUB=${{ github.token }}",
          "",
        ].join("\n"),
      ),
    );
    expect(args(build)).toEqual([
      ["GH", "secret", ["secret:GH_TOKEN"], "11:13-11:15"],
      ["VERSION", "literal", [], "12:13-12:20"],
      ["T", "secret", ["environment:TOKEN", "secret:GH_TOKEN via TOKEN"], "13:13-13:14"],
      ["V", "variable", ["variable:REGISTRY"], "14:13-14:14"],
      ["OUT", "expression", ["expression:token"], "15:13-15:16"],
      ["FROM_GITHUB", "secret", ["secret:GITHUB_TOKEN"], "16:13-16:24"],
    ]);
  });

  it("reads secrets, secret-files, secret-envs and cache-to", () => {
    const [build] = workflow(
      job(
        [
          "      - uses: docker/build-push-action@v6",
          "        with:",
          "          secrets: |",
          '            "npm_token=${{ secrets.NPM_TOKEN }}"',
          "          secret-files: ssh=./id_ed25519",
          "          secret-envs: a=A,b=B",
          "          cache-to: |",
          "            type=gha,mode=max",
          "            type=registry,ref=ghcr.io/acme/app:cache",
          "",
        ].join("\n"),
      ),
    );
    expect(build!.secrets.map((s) => [s.id, s.source, at(s.span)])).toEqual([
      ["npm_token", "value", "9:14-9:48"],
      ["ssh", "file", "10:25-10:41"],
      ["a", "environment", "11:24-11:27"],
      ["b", "environment", "11:28-11:31"],
    ]);
    expect(build!.cacheTo.map((c) => [c.type, c.mode, at(c.span)])).toEqual([
      ["gha", "max", "13:13-13:30"],
      ["registry", "min", "14:13-14:53"],
    ]);
  });

  it("ignores other actions and jobs without steps", () => {
    expect(workflow(job("      - uses: actions/checkout@v4\n      - uses: docker/setup-buildx-action@v3\n") + "  other:\n    uses: ./.github/workflows/reusable.yml\n")).toEqual([]);
  });
});

describe("build commands in run: scripts", () => {
  it("reads docker build options, the context (last operand) and -f relative to the working directory", () => {
    const [build] = workflow(
      job(
        [
          "      - name: Build",
          "        working-directory: services/api",
          "        run: |",
          "          docker build \\",
          "            --build-arg NPM_TOKEN=${{ secrets.NPM_TOKEN }} \\",
          "            --build-arg=VERSION=1 \\",
          "            -t acme/api:latest \\",
          "            -f docker/Dockerfile --target prod .",
          "",
        ].join("\n"),
      ),
    );
    expect(build).toMatchObject({ via: "docker build", context: "../../services/api", dockerfile: "../../services/api/docker/Dockerfile", target: "prod" });
    expect(at(build!.span)).toBe("9:11-9:17");
    expect(args(build)).toEqual([
      ["NPM_TOKEN", "secret", ["secret:NPM_TOKEN"], "10:25-10:34"],
      ["VERSION", "literal", [], "11:25-11:32"],
    ]);
  });

  it("reads docker buildx build, docker image build, podman build and buildah bud", () => {
    const builds = workflow(
      job(
        "      - run: docker buildx build --cache-to type=registry,ref=r,mode=max app\n      - run: docker image build web\n      - run: podman build --secret id=npm,env=NPM_TOKEN api\n      - run: buildah bud -f Containerfile ctx\n",
      ),
    );
    expect(builds.map((b) => [b.via, b.context, b.dockerfile, b.cacheTo.map((c) => `${c.type}/${c.mode}`), b.secrets.map((s) => `${s.id}:${s.source}`)])).toEqual([
      ["docker build", "../../app", "../../app/Dockerfile", ["registry/max"], []],
      ["docker build", "../../web", "../../web/Dockerfile", [], []],
      ["docker build", "../../api", "../../api/Dockerfile", [], ["npm:environment"]],
      ["buildah", "../../ctx", "../../Containerfile", [], []],
    ]);
  });

  it("resolves shell variables through the step, job and workflow env", () => {
    const builds = workflow(
      job(
        [
          "      - env:",
          "          TOKEN: ${{ secrets.GH_TOKEN }}",
          "        run: |",
          "          docker build --build-arg GH=$TOKEN --build-arg \"W=${WF}\" --build-arg NPM_TOKEN --build-arg J=$JOB_VAR $DIR",
          "",
        ].join("\n"),
        "env:\n  WF: ${{ secrets.WORKFLOW_SECRET }}\n  DIR: ./app\n",
      ).replace("    runs-on: ubuntu-latest\n", "    runs-on: ubuntu-latest\n    env:\n      JOB_VAR: plain\n"),
    );
    expect(args(builds[0])).toEqual([
      ["GH", "secret", ["environment:TOKEN", "secret:GH_TOKEN via TOKEN"], "14:36-14:38"],
      ["W", "secret", ["environment:WF", "secret:WORKFLOW_SECRET via WF"], "14:59-14:60"],
      ["NPM_TOKEN", "empty", ["environment:NPM_TOKEN"], "14:80-14:89"],
      ["J", "interpolation", ["environment:JOB_VAR"], "14:102-14:103"],
    ]);
    expect(builds[0]!.context).toBe("../../app");
  });

  it("has no context for an unknown directory, stdin or a remote context, and skips other shells and commands", () => {
    const builds = workflow(
      job(
        "      - run: docker build $UNSET\n      - run: docker build - < Dockerfile\n      - run: docker build https://github.com/acme/app.git\n      - shell: python\n        run: docker build .\n      - run: docker compose build && docker run --rm app\n",
      ),
    );
    expect(builds.map((b) => [b.context, b.dockerfile])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});
