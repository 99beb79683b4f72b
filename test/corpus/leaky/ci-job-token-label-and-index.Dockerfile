# expect: no-secret-in-arg, no-secret-in-env, require-secret-mount
# A CI job token passed as a build arg is reused in an image LABEL (persisted
# in the image config) and in a pip index URL inside RUN (recorded in the
# history).
FROM python:3.12-slim
ARG CI_JOB_TOKEN
LABEL org.opencontainers.image.source="https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/acme/reporting.git"
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt \
      --extra-index-url "https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/api/v4/projects/42/packages/pypi/simple"
COPY reporting ./reporting
CMD ["python", "-m", "reporting"]
