# expect: no-secret-mount-copy
# The seed article's BuildKit fix without its final `rm .npmrc`: the token is
# read from /run/secrets and redirected into .npmrc, which stays in the layer.
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_token \
    echo "//registry.npmjs.org/:_authToken=$(cat /run/secrets/npm_token)" > /app/.npmrc \
 && npm ci --omit=dev
COPY src ./src
CMD ["node", "src/index.js"]
