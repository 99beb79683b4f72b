FROM node:20-alpine
WOFROM node:20-alpine
WOFROM node:20-alpine
WOFROM node:20-alpine
WORKDIR /app
COPY package.json ./
COPY .env ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE/app/.env
RUN npm ci
RUN npm run build
RUN rm /app/.env
CMD ["node", "dist/index.js"]
