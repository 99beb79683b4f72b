# syntax=docker/dockerfile:1.4
# BuildKit with a pinned 1.4 frontend, which has no env option on secret
# mounts: the value is read from /run/secrets inside the RUN into a shell
# variable that lives only for that command.
#   docker build --secret id=maps_api_key,src=./maps-key.txt .
FROM node:18-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY scripts ./scripts
COPY src ./src
RUN --mount=type=secret,id=maps_api_key \
    MAPS_API_KEY="$(cat /run/secrets/maps_api_key)" node scripts/fetch-tiles.mjs --out public/tiles \
 && npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
