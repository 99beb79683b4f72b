# syntax=docker/dockerfile:1
# BuildKit: GH_TOKEN comes from a secret mount for the single RUN that
# downloads a release asset from a private repository.
#   docker build --secret id=gh_token,env=GH_TOKEN .
FROM debian:bookworm-slim AS tools
ARG GH_CLI_VERSION=2.60.1
ARG DEPLOYCTL_VERSION=v1.14.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && curl -fsSL -o /tmp/gh.tar.gz "https://github.com/cli/cli/releases/download/v${GH_CLI_VERSION}/gh_${GH_CLI_VERSION}_linux_amd64.tar.gz" \
 && tar -xzf /tmp/gh.tar.gz -C /usr/local --strip-components=1 \
 && rm /tmp/gh.tar.gz
RUN --mount=type=secret,id=gh_token,env=GH_TOKEN \
    gh release download "$DEPLOYCTL_VERSION" --repo acme/deployctl \
      --pattern 'deployctl-linux-amd64' --dir /usr/local/bin \
 && chmod +x /usr/local/bin/deployctl-linux-amd64

FROM debian:bookworm-slim
COPY --from=tools /usr/local/bin/deployctl-linux-amd64 /usr/local/bin/deployctl
ENTRYPOINT ["deployctl"]
