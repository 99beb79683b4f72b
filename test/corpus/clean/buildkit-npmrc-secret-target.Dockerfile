# syntax=docker/dockerfile:1
# BuildKit: a complete .npmrc is mounted at the path npm reads (tmpfs, only for
# this RUN). Nothing is copied out of the mount.
#   docker build --secret id=npmrc,src=$HOME/.npmrc .
FROM node:20-alpine AS build
WORKDIR /srv/web
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY astro.config.mjs tsconfig.json ./
COPY src ./src
COPY public ./public
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /srv/web/dist /usr/share/nginx/html
EXPOSE 80
