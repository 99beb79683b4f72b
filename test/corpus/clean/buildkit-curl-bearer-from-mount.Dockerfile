# syntax=docker/dockerfile:1
# BuildKit: the API token only ever appears as $(cat /run/secrets/...) inside
# the Authorization header of one RUN. The downloaded catalogue is data, not
# the secret, so writing it with curl -o is fine.
#   docker build --secret id=catalog_token,src=./catalog-token.txt .
FROM alpine:3.20 AS data
RUN apk add --no-cache curl jq
WORKDIR /opt/data
RUN --mount=type=secret,id=catalog_token \
    curl -fsS \
      -H "Authorization: Bearer $(cat /run/secrets/catalog_token)" \
      -H "Accept: application/json" \
      -o /opt/data/catalog.json \
      https://api.example.com/v1/catalog \
 && jq -e '.items | length > 0' /opt/data/catalog.json > /dev/null
RUN --mount=type=secret,id=catalog_token,target=/root/.config/catalog/token \
    curl -fsS --oauth2-bearer "$(cat /root/.config/catalog/token)" \
      -o /opt/data/regions.json https://api.example.com/v1/regions

FROM nginx:1.27-alpine
COPY --from=data /opt/data /usr/share/nginx/html/data
