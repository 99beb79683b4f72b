# expect: no-hardcoded-secret, require-secret-mount
# A connection string with a literal (fake) password in ENV, then used by a
# migration RUN.
FROM golang:1.23-alpine
RUN go install github.com/pressly/goose/v3/cmd/goose@v3.22.1
ENV DATABASE_URL=postgres://app:hunter2-not-real@db.internal:5432/app?sslmode=disable
WORKDIR /migrations
COPY migrations ./
RUN goose -dir /migrations postgres "$DATABASE_URL" status
CMD ["goose", "-dir", "/migrations", "postgres", "up"]
