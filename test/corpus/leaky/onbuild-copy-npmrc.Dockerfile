# expect: no-secret-file-copy
# An ONBUILD trigger copies .npmrc into every image built FROM this one
# (ONBUILD findings are always errors).
FROM node:20-alpine
WORKDIR /usr/src/app
ONBUILD COPY package.json package-lock.json .npmrc ./
ONBUILD RUN npm ci
ONBUILD COPY src ./src
CMD ["node", "src/index.js"]
