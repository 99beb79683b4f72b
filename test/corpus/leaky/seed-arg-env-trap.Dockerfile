# expect: no-secret-in-arg, no-secret-in-env
# The seed article's "ARG and ENV trap": build args land in `docker history`,
# and the ENV copies persist in `docker inspect` -> Config.Env of the image.
# (`npm run migrate` reads the environment without naming the variables, so
# it is not a textual use for require-secret-mount.)
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY src ./src
COPY migrations ./migrations
ARG DATABASE_URL
ARG API_SECRET
ENV DATABASE_URL=${DATABASE_URL}
ENV API_SECRET=${API_SECRET}
RUN npm run migrate
EXPOSE 3000
CMD ["node", "src/index.js"]
