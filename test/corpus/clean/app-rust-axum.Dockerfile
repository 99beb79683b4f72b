# Application: Rust web service. Dependencies are compiled against a dummy
# main.rs first so they cache independently of the source tree.
FROM rust:1.82-slim-bookworm AS builder
RUN apt-get update \
 && apt-get install -y --no-install-recommends pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
 && echo 'fn main() { println!("placeholder"); }' > src/main.rs \
 && cargo build --release --locked \
 && rm -rf src target/release/deps/linkshort*
COPY src ./src
COPY migrations ./migrations
RUN touch src/main.rs && cargo build --release --locked

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libssl3 tini \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin app
COPY --from=builder /usr/src/app/target/release/linkshort /usr/local/bin/linkshort
COPY --from=builder /usr/src/app/migrations /opt/linkshort/migrations
ENV RUST_LOG=info \
    LINKSHORT_BIND=0.0.0.0:8080 \
    DATABASE_URL=postgres://db:5432/linkshort
USER app
EXPOSE 8080
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["linkshort", "serve"]
