# expect: no-secret-in-arg, no-secret-in-env
# The token is set in a "base" stage. It looks like a builder concern, but the
# runtime stage is built FROM base, so base's ARG history and ENV config ship
# with the final image (errors, not warnings).
FROM node:20-alpine AS base
WORKDIR /app
ARG SENTRY_AUTH_TOKEN
ENV SENTRY_AUTH_TOKEN=$SENTRY_AUTH_TOKEN
COPY package.json package-lock.json ./
RUN npm ci

FROM base AS build
COPY src ./src
COPY vite.config.ts tsconfig.json index.html ./
RUN npm run build

FROM base AS runtime
COPY --from=build /app/dist ./dist
COPY server ./server
CMD ["node", "server/index.js"]
