# expect: no-secret-in-arg, require-secret-mount, no-ineffective-delete
# Single stage: `npm config set` writes the token into ~/.npmrc (/root/.npmrc)
# and a later RUN removes it; the ARG value is also in the history of every
# RUN that follows it. Everything here ships, so all findings are errors.
FROM node:20-bookworm
ARG NPM_TOKEN
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm config set //registry.npmjs.org/:_authToken ${NPM_TOKEN}
RUN npm ci --omit=dev
RUN rm ~/.npmrc
COPY lib ./lib
USER node
CMD ["node", "lib/server.js"]
