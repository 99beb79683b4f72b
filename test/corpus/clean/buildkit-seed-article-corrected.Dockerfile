# syntax=docker/dockerfile:1
# The seed article's corrected build: the token is read from the secret mount,
# written to .npmrc, used and deleted within the same RUN, so no layer keeps it.
#   DOCKER_BUILDKIT=1 docker build --secret id=npm_token,src=./npm-token.txt -t your-image:latest .
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# mount the secret at build time - it NEVER hits a layer
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) && echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
COPY src ./src
COPY tsconfig.json ./
RUN npm run build
CMD ["node", "dist/index.js"]
