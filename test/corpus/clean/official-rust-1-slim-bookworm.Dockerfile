# Official-image style: rustup-init pinned by per-arch sha256.
FROM debian:bookworm-slim

LABEL org.opencontainers.image.source=https://github.com/rust-lang/docker-rust

ENV RUSTUP_HOME=/usr/local/rustup \
    CARGO_HOME=/usr/local/cargo \
    PATH=/usr/local/cargo/bin:$PATH \
    RUST_VERSION=1.82.0

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends \
        ca-certificates \
        gcc \
        libc6-dev \
        wget \
        ; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch##*-}" in \
        amd64) rustArch='x86_64-unknown-linux-gnu'; rustupSha256='972971975b3479e4df7f1cf0394b4abdfe2dd3c188bc86ffd20928af1b0621df' ;; \
        armhf) rustArch='armv7-unknown-linux-gnueabihf'; rustupSha256='b149f1b875d6d603acb29ed1a1e81f4e8260aad281531a284c08ce75dead56fd' ;; \
        arm64) rustArch='aarch64-unknown-linux-gnu'; rustupSha256='752439636523cbdb9c80b6646e2417d95111636ecd0cda04a035a3d519268be3' ;; \
        i386) rustArch='i686-unknown-linux-gnu'; rustupSha256='ac9e2e96eb6dab1c684a0c9da56f521a19588aded2c11781af64e85d697573bb' ;; \
        *) echo >&2 "unsupported architecture: ${dpkgArch}"; exit 1 ;; \
    esac; \
    url="https://static.rust-lang.org/rustup/archive/1.27.1/${rustArch}/rustup-init"; \
    wget "$url"; \
    echo "${rustupSha256} *rustup-init" | sha256sum -c -; \
    chmod +x rustup-init; \
    ./rustup-init -y --no-modify-path --profile minimal --default-toolchain $RUST_VERSION --default-host ${rustArch}; \
    rm rustup-init; \
    chmod -R a+w $RUSTUP_HOME $CARGO_HOME; \
    rustup --version; \
    cargo --version; \
    rustc --version; \
    apt-get remove -y --auto-remove \
        wget \
        ; \
    rm -rf /var/lib/apt/lists/*;
