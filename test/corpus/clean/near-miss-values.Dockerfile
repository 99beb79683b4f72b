# Near misses by VALUE: checksums, commit ids, build ids, fingerprints and URLs
# are long and high-entropy, and some strings look like credential syntax, but
# none is a credential. Nothing here may be reported.
FROM alpine:3.20 AS fetch
ARG TERRAFORM_VERSION=1.9.8
ARG TERRAFORM_SHA256=54702e177b1eb7738f88e4342ea7105cb002329020abb107f7b94b96e8f10f9e
ARG KUBECTL_VERSION=v1.31.2
ARG KUBECTL_SHA256=da51e16d792c97435ef84964cc6da5e2a8026d4e52a2081479b0f707d65dc6d5
RUN apk add --no-cache curl unzip \
 && curl -fsSL -o /tmp/terraform.zip "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip" \
 && echo "${TERRAFORM_SHA256}  /tmp/terraform.zip" | sha256sum -c - \
 && unzip -d /usr/local/bin /tmp/terraform.zip terraform \
 && rm /tmp/terraform.zip \
 && curl -fsSL -o /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
 && echo "${KUBECTL_SHA256}  /usr/local/bin/kubectl" | sha256sum -c - \
 && chmod +x /usr/local/bin/kubectl

FROM alpine:3.20
ARG GIT_COMMIT=3f9a1c27be5d0e4c8f6a2b7d9e1c3a5b7d9f0e2c
ARG BUILD_ID=20b6a9f0-6f0e-4a8f-9a36-5b5c1f1e2d3c
LABEL org.opencontainers.image.revision=$GIT_COMMIT \
      org.opencontainers.image.created="2024-10-30T12:00:00Z" \
      com.example.build.id=$BUILD_ID \
      com.example.image.digest.base="sha256:beefb5b0b3b7e1e5f1a9c2d8d6b4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6"
ENV APP_BUILD_SHA=8f14e45fceea167a5a36dedd4bea2543ab4c6e1f2d3c4b5a69788796a5b4c3d2 \
    GITHUB_API_URL=https://api.github.com \
    GRAFANA_URL=https://grafana.example.com/d/abc123/overview \
    HELM_REPO_URL=https://charts.example.com/stable \
    KUBECONFIG_DIR=/etc/kube \
    TF_PLUGIN_CACHE_DIR=/var/cache/terraform
COPY --from=fetch /usr/local/bin/terraform /usr/local/bin/kubectl /usr/local/bin/
RUN apk add --no-cache bash ca-certificates git openssh-client \
 && adduser -D -u 1000 ops \
 && passwd -d ops \
 && mkdir -p /home/ops/.ssh \
 && ssh-keyscan -t ed25519 github.com gitlab.com >> /home/ops/.ssh/known_hosts \
 && git clone --depth 1 https://github.com/acme/ops-runbooks.git /opt/runbooks \
 && git -C /opt/runbooks log -1 --format=%H \
 && git ls-remote git@github.com:acme/ops-runbooks.git HEAD || true
COPY scripts/setup.sh /tmp/setup.sh
RUN sh /tmp/setup.sh
RUN rm /tmp/setup.sh
COPY --chown=ops:ops runbooks.yaml /home/ops/runbooks.yaml
USER ops
WORKDIR /home/ops
HEALTHCHECK CMD ["kubectl", "version", "--client"]
ENTRYPOINT ["bash"]
