# Style of the retired python:onbuild images, rewritten to copy explicit paths
# (a whole-context ONBUILD COPY would need a .dockerignore in every child
# build). ONBUILD instructions are clean: no secrets reach child images.
FROM python:3.12-slim

RUN mkdir -p /usr/src/app
WORKDIR /usr/src/app

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

ONBUILD COPY requirements.txt /usr/src/app/
ONBUILD RUN pip install --no-cache-dir -r requirements.txt
ONBUILD COPY app /usr/src/app/app
ONBUILD ARG APP_VERSION=dev
ONBUILD LABEL org.opencontainers.image.version=$APP_VERSION

EXPOSE 8000
CMD ["python", "-m", "app"]
