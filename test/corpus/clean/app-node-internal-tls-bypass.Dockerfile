# Application: an internal crawler behind a TLS-intercepting proxy. Turning
# off certificate verification is a bad idea, but it is not a secret leak.
FROM node:20-alpine
ENV NODE_ENV=production \
    NODE_TLS_REJECT_UNAUTHORIZED=0 \
    HTTPS_PROXY=http://proxy.internal:3128 \
    NO_PROXY=localhost,127.0.0.1,.internal
WORKDIR /opt/crawler
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY lib ./lib
COPY bin ./bin
USER node
ENTRYPOINT ["node", "bin/crawl.js"]
CMD ["--depth", "2"]
