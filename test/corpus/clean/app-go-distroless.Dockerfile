# Application: cross-compiled static Go binary on distroless. Version and
# commit are stamped in with -ldflags; neither is a secret.
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
ARG TARGETPLATFORM
ARG VERSION=dev
ARG COMMIT_SHA=none
ARG BUILD_DATE
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download && go mod verify
COPY cmd ./cmd
COPY internal ./internal
COPY pkg ./pkg
RUN echo "building for $TARGETPLATFORM" && \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath \
      -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT_SHA} -X main.date=${BUILD_DATE}" \
      -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
ARG VERSION=dev
ARG COMMIT_SHA=none
LABEL org.opencontainers.image.version=$VERSION \
      org.opencontainers.image.revision=$COMMIT_SHA \
      org.opencontainers.image.description="Inventory service"
COPY --from=build /out/server /server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
CMD ["--listen=:8080"]
