# syntax=docker/dockerfile:1
# BuildKit: source maps are uploaded to Sentry during the build with a token
# from a secret mount, then deleted from the output (same RUN).
#   docker build --secret id=sentry_auth_token,env=SENTRY_AUTH_TOKEN .
FROM node:20-alpine AS build
WORKDIR /app
ARG RELEASE=dev
ENV SENTRY_ORG=acme \
    SENTRY_PROJECT=storefront \
    SENTRY_URL=https://sentry.io/
COPY package.json package-lock.json ./
RUN npm ci
COPY src ./src
COPY vite.config.ts tsconfig.json index.html ./
RUN --mount=type=secret,id=sentry_auth_token,env=SENTRY_AUTH_TOKEN \
    npm run build \
 && npx @sentry/cli sourcemaps upload --release "$RELEASE" dist \
 && find dist -name '*.map' -delete

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
