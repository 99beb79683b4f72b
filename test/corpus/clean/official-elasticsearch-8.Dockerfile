# Official-image style (Elasticsearch-ish): a builder stage unpacks and
# verifies the tarball; the final stage copies the install tree. The
# bootstrap password is generated at first start, never at build time.
ARG ES_VERSION=8.15.3

FROM ubuntu:22.04 AS builder
ARG ES_VERSION
ARG TARGETARCH
ARG ES_SHA512_AMD64=34e54447b76f587a62cd175641df6947ce4dbdcc5b8ade2cf89acda32a3c8c648c9383a124b6222eb06cff718624cce290cdd0013d51fd7752427a55ddaf2353
ARG ES_SHA512_ARM64=0d631a431f16d71dde184843b48586cf00319258cd00d3a76ea3f8ee868a712686ab5c5676958f0a41056814631aa36f69138c6244c32c511ea499b225b12e53

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    rm -rf /var/lib/apt/lists/*

WORKDIR /usr/share/elasticsearch
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) esArch=x86_64;  esSha512="$ES_SHA512_AMD64" ;; \
      arm64) esArch=aarch64; esSha512="$ES_SHA512_ARM64" ;; \
      *) echo >&2 "unsupported: $TARGETARCH"; exit 1 ;; \
    esac; \
    curl --retry 10 -S -L --output /tmp/elasticsearch.tar.gz \
      "https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-${ES_VERSION}-linux-${esArch}.tar.gz"; \
    echo "$esSha512  /tmp/elasticsearch.tar.gz" | sha512sum -c -; \
    tar -zxf /tmp/elasticsearch.tar.gz --strip-components=1; \
    rm /tmp/elasticsearch.tar.gz; \
    sed -i -e 's/ES_DISTRIBUTION_TYPE=tar/ES_DISTRIBUTION_TYPE=docker/' bin/elasticsearch-env; \
    mkdir -p config/jvm.options.d data logs plugins; \
    chmod 0775 config config/jvm.options.d data logs plugins

COPY --chown=0:0 config/elasticsearch.yml config/log4j2.properties config/

FROM ubuntu:22.04
ARG ES_VERSION

ENV ELASTIC_CONTAINER true
ENV SHELL /bin/bash
ENV PATH /usr/share/elasticsearch/bin:$PATH
ENV ES_JAVA_OPTS="-Xms1g -Xmx1g"
ENV xpack.security.enabled=true

RUN set -eux; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates curl netcat p11-kit tini unzip zip; \
    rm -rf /var/lib/apt/lists/*; \
    groupadd -g 1000 elasticsearch; \
    adduser --uid 1000 --gid 1000 --home /usr/share/elasticsearch --disabled-password --gecos '' elasticsearch; \
    adduser elasticsearch root; \
    chown -R 0:0 /usr/share/elasticsearch

WORKDIR /usr/share/elasticsearch
COPY --from=builder --chown=0:0 /usr/share/elasticsearch /usr/share/elasticsearch
COPY --chmod=0555 bin/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh

RUN chmod g=u /etc/passwd && \
    find / -xdev -perm -4000 -exec chmod ug-s {} + && \
    chmod 0775 /usr/share/elasticsearch && \
    chown elasticsearch bin config config/jvm.options.d data logs plugins

LABEL org.label-schema.build-date="2024-10-21T10:00:00Z" \
  org.label-schema.license="Elastic-License-2.0" \
  org.label-schema.name="Elasticsearch" \
  org.label-schema.schema-version="1.0" \
  org.label-schema.url="https://www.elastic.co/products/elasticsearch" \
  org.label-schema.vendor="Elastic" \
  org.label-schema.version="${ES_VERSION}" \
  org.opencontainers.image.licenses="Elastic-License-2.0" \
  org.opencontainers.image.title="Elasticsearch" \
  org.opencontainers.image.vendor="Elastic" \
  org.opencontainers.image.version="${ES_VERSION}"

EXPOSE 9200 9300
USER 1000:0

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD curl -fsS --cacert config/certs/http_ca.crt https://localhost:9200/_cluster/health?local=true || exit 1

ENTRYPOINT ["/bin/tini", "--", "/usr/local/bin/docker-entrypoint.sh"]
CMD ["eswrapper"]
