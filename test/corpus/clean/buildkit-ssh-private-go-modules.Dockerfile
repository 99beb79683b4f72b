# syntax=docker/dockerfile:1
# BuildKit: private Go modules and a private repo are fetched over the
# forwarded SSH agent (--mount=type=ssh); no key file ever enters the build.
#   docker build --ssh default .
FROM golang:1.23-alpine AS build
RUN apk add --no-cache git openssh-client
RUN mkdir -p -m 0700 ~/.ssh && ssh-keyscan github.com >> ~/.ssh/known_hosts
RUN git config --global url."git@github.com:".insteadOf "https://github.com/"
ENV GOPRIVATE=github.com/acme/* \
    GOFLAGS=-mod=mod \
    CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=ssh \
    --mount=type=cache,target=/go/pkg/mod \
    go mod download
RUN --mount=type=ssh git clone --depth 1 --branch v2.3.0 git@github.com:acme/protos.git /src/third_party/protos
COPY cmd ./cmd
COPY internal ./internal
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -o /out/gateway ./cmd/gateway

FROM alpine:3.20
RUN apk add --no-cache ca-certificates
COPY --from=build /out/gateway /usr/local/bin/gateway
USER 65532:65532
ENTRYPOINT ["gateway"]
