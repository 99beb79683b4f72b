# expect: no-secret-in-arg, require-secret-mount, no-ineffective-delete
# The classic Stack Overflow pattern: the key arrives as a build arg, is
# echoed into ~/.ssh and removed in a later RUN. The ARG value is in the
# history, and the key file is in the layer of the RUN that wrote it.
FROM golang:1.23-bookworm
ARG SSH_PRIVATE_KEY
RUN mkdir -p /root/.ssh \
 && echo "$SSH_PRIVATE_KEY" > /root/.ssh/id_ed25519 \
 && chmod 600 /root/.ssh/id_ed25519 \
 && ssh-keyscan github.com >> /root/.ssh/known_hosts
RUN git config --global url."git@github.com:".insteadOf "https://github.com/"
WORKDIR /src
COPY go.mod go.sum ./
RUN GOPRIVATE=github.com/acme/* go mod download
RUN rm /root/.ssh/id_ed25519
COPY cmd ./cmd
COPY internal ./internal
RUN go build -o /usr/local/bin/worker ./cmd/worker
CMD ["worker"]
