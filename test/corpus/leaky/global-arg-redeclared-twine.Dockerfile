# expect: no-secret-in-arg, require-secret-mount
# The global ARG (before FROM) is not reported by itself; its redeclaration
# inside the stage is, and so is the RUN that passes it to twine.
ARG PYTHON_VERSION=3.12
ARG PYPI_TOKEN

FROM python:${PYTHON_VERSION}-slim
ARG PYPI_TOKEN
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir build twine && python -m build
RUN twine upload --non-interactive --username __token__ --password "$PYPI_TOKEN" dist/*
