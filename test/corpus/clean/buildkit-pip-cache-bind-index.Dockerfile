# syntax=docker/dockerfile:1
# BuildKit: pip cache mount, a bind mount for requirements, and a private index
# URL (which embeds a token) supplied as a secret environment variable.
#   docker build --secret id=pip_index_url,env=PIP_INDEX_URL .
FROM python:3.12-slim
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_EXTRA_INDEX_URL=https://pypi.org/simple \
    PYTHONUNBUFFERED=1
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \
    --mount=type=secret,id=pip_index_url,env=PIP_INDEX_URL \
    pip install -r /tmp/requirements.txt
RUN --mount=type=bind,source=constraints.txt,target=/tmp/constraints.txt \
    --mount=type=cache,target=/root/.cache/pip \
    pip install -c /tmp/constraints.txt gunicorn==23.0.0
COPY worker ./worker
USER 1000
CMD ["python", "-m", "worker"]
