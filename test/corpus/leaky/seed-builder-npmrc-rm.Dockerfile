# expect: no-secret-in-arg, require-secret-mount, no-ineffective-delete
# The seed article's multi-stage builder: NPM_TOKEN is an ARG of the builder,
# written to .npmrc by one RUN and removed by a later one. The final stage
# only copies dist/ and node_modules/, so every finding is in a stage that is
# not shipped (warnings: the builder still leaks through the build cache and
# provenance attestations).
FROM node:20-alpine AS builder
WORKDIR /app
COPY package*.json ./
# secret is only in this stage
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
RUN npm ci
RUN rm .npmrc
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=builder /app/dist ./dist
COPY --from=builder /app/node_modules ./node_modules
COPY package*.json ./
EXPOSE 3000
CMD ["node", "dist/index.js"]
