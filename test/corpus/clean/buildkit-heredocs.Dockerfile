# syntax=docker/dockerfile:1.7
# BuildKit heredocs: multi-line RUN scripts and COPY heredocs that write
# plain configuration (no credentials).
FROM debian:bookworm-slim

RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends ca-certificates curl jq
rm -rf /var/lib/apt/lists/*
EOF

RUN <<EOF bash
set -euo pipefail
useradd --system --create-home --home-dir /var/lib/relay relay
install -d -o relay -g relay -m 0750 /var/lib/relay/spool /var/log/relay
EOF

COPY <<EOF /etc/relay/relay.conf
listen = 0.0.0.0:8080
log_level = info
spool_dir = /var/lib/relay/spool
auth_mode = oidc
oidc_issuer = https://login.example.com/
token_url = https://login.example.com/oauth2/token
password_min_length = 12
EOF

COPY --chmod=0755 <<-"EOT" /usr/local/bin/healthcheck
	#!/bin/sh
	exec curl -fsS "http://127.0.0.1:${PORT:-8080}/healthz"
	EOT

RUN python3 --version 2>/dev/null || cat > /etc/motd <<'EOF'
relay container - logs in /var/log/relay
EOF

COPY <<EOF /etc/relay/limits.conf
max_connections = 512
max_message_size = 10485760
EOF

COPY --chmod=0755 bin/relay /usr/local/bin/relay
USER relay
HEALTHCHECK --interval=20s CMD ["/usr/local/bin/healthcheck"]
ENTRYPOINT ["relay", "--config", "/etc/relay/relay.conf"]
