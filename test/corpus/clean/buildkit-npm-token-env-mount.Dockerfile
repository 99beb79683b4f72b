# syntax=docker/dockerfile:1
# BuildKit: the npm token is exposed to single RUNs as an environment variable
# through a secret mount. It is never an ARG or ENV, so it appears in no layer,
# history entry or provenance record.
#   docker build --secret id=npm_token,env=NPM_TOKEN .
FROM registry.acme.dev/base/node:20-bookworm-slim AS deps
# The internal base image's global npmrc points the @acme scope at the company
# registry and reads the token from the NPM_TOKEN environment variable.
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci

FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
# The repository's .npmrc holds only a ${NPM_TOKEN} placeholder; it is
# bind-mounted for this one RUN instead of being copied into a layer.
RUN --mount=type=bind,source=.npmrc,target=/app/.npmrc \
    --mount=type=secret,id=npm_token,env=NPM_TOKEN \
    --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev

FROM node:20-bookworm-slim AS tools
WORKDIR /tools
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \
    npm install --no-save --prefix /tools @acme/migrator@4.2.0 \
      --@acme:registry=https://npm.pkg.github.com \
      --//npm.pkg.github.com/:_authToken="$NPM_TOKEN"

FROM deps AS build
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12:nonroot
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=tools /tools/node_modules/@acme/migrator ./node_modules/@acme/migrator
COPY --from=build /app/dist ./dist
COPY package.json ./
CMD ["dist/server.js"]
