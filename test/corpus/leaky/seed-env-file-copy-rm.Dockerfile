# expect: no-secret-file-copy, no-ineffective-delete
# The seed article's headline case: .env is copied into a layer and "deleted"
# three steps later. The COPY layer still holds it (`docker save` + `tar x`).
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY .env /app/.env
COPY src ./src
RUN npm run build
RUN rm /app/.env
EXPOSE 3000
CMD ["node", "dist/index.js"]
