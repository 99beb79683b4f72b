# expect: no-secret-in-arg, require-secret-mount
# The build arg is folded into a shell variable that is used twice: one
# require-secret-mount finding for the RUN, naming API_TOKEN.
FROM alpine:3.20
ARG API_TOKEN
RUN apk add --no-cache curl
RUN AUTH_HEADER="Authorization: Bearer ${API_TOKEN}" \
 && mkdir -p /opt/data \
 && curl -fsS -H "$AUTH_HEADER" -o /opt/data/catalog.json https://api.example.com/v1/catalog \
 && curl -fsS -H "$AUTH_HEADER" -o /opt/data/regions.json https://api.example.com/v1/regions
WORKDIR /opt/data
CMD ["ls"]
