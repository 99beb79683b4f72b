# expect: no-hardcoded-secret
# Literal credentials in RUN text: `curl -u user:pass` and a (fake) GitHub
# token embedded in an https clone URL.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -u ci:hunter2-not-real -o /tmp/agent.tar.gz https://nexus.example.com/repository/raw/agent/agent-3.2.1.tar.gz \
 && tar -xzf /tmp/agent.tar.gz -C /opt \
 && rm /tmp/agent.tar.gz
RUN git clone --depth 1 https://ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0123@github.com/acme/agent-plugins.git /opt/agent/plugins
CMD ["/opt/agent/bin/agent"]
