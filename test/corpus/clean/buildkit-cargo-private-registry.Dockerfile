# syntax=docker/dockerfile:1
# BuildKit: Cargo reads the private registry token from the environment of
# the build RUN only; the registry index URL itself is public configuration.
#   docker build --secret id=cargo_token,env=CARGO_REGISTRIES_ACME_TOKEN .
FROM rust:1.82-bookworm AS build
ENV CARGO_REGISTRIES_ACME_INDEX=sparse+https://cargo.acme.dev/index/ \
    CARGO_NET_GIT_FETCH_WITH_CLI=true
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY crates ./crates
RUN --mount=type=secret,id=cargo_token,env=CARGO_REGISTRIES_ACME_TOKEN \
    --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked \
 && cp target/release/ledger /usr/local/bin/ledger

FROM gcr.io/distroless/cc-debian12
COPY --from=build /usr/local/bin/ledger /usr/local/bin/ledger
ENTRYPOINT ["/usr/local/bin/ledger"]
