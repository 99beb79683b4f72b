# expect: no-secret-in-env
# A literal (low-entropy, fake) database password set with ENV: it is in the
# image config for anyone who can `docker inspect` the image.
FROM postgres:16-bookworm
ENV POSTGRES_USER=app
ENV POSTGRES_DB=app
ENV POSTGRES_PASSWORD=hunter2-not-real
COPY initdb/ /docker-entrypoint-initdb.d/
EXPOSE 5432
