# Application: documentation site rendered by Hugo (binary pinned by sha256)
# and served by an unprivileged nginx.
FROM debian:bookworm-slim AS hugo
ARG HUGO_VERSION=0.136.5
ARG HUGO_SHA256=d341bdf8481c964f0153df1a6f627c9f8a0919492283b382f225d93fcb32754c
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl git; \
    rm -rf /var/lib/apt/lists/*; \
    curl -fsSL -o /tmp/hugo.tar.gz "https://github.com/gohugoio/hugo/releases/download/v${HUGO_VERSION}/hugo_extended_${HUGO_VERSION}_linux-amd64.tar.gz"; \
    echo "${HUGO_SHA256}  /tmp/hugo.tar.gz" | sha256sum -c -; \
    tar -xzf /tmp/hugo.tar.gz -C /usr/local/bin hugo; \
    rm /tmp/hugo.tar.gz; \
    hugo version
WORKDIR /site
COPY hugo.toml ./
COPY content ./content
COPY layouts ./layouts
COPY static ./static
COPY themes ./themes
ARG BASE_URL=https://docs.example.com/
RUN hugo --minify --gc --baseURL "$BASE_URL"

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=hugo /site/public /usr/share/nginx/html
EXPOSE 8080
