# expect: no-secret-file-copy, no-secret-stage-copy
# .npmrc is copied into the builder (not shipped: warning) and is still in
# /app when the final stage copies the whole directory across (shipped:
# error, reported once at the COPY --from).
FROM node:20 AS build
WORKDIR /app
COPY .npmrc package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim
WORKDIR /app
COPY --from=build /app ./
USER node
CMD ["node", "dist/server.js"]
