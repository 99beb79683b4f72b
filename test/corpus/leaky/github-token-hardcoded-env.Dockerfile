# expect: no-hardcoded-secret, require-secret-mount
# A (fake) GitHub personal access token is hard-coded in ENV and then used to
# rewrite git URLs for private Go modules.
FROM golang:1.23-bookworm AS build
ENV GITHUB_TOKEN=ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0123
ENV GOPRIVATE=github.com/acme/*
WORKDIR /src
COPY go.mod go.sum ./
RUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" \
 && go mod download
COPY cmd ./cmd
COPY internal ./internal
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api
CMD ["/out/api"]
