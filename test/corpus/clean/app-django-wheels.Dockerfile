# Application: Django; wheels are built in one stage and installed in the
# next. The wheel directory is removed after install: ordinary cleanup of
# non-secret files, which is fine.
FROM python:3.12-slim AS builder
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY requirements.txt ./
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /usr/src/app/wheels -r requirements.txt

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    DJANGO_ALLOWED_HOSTS=".example.com" \
    DJANGO_SECURE_SSL_REDIRECT=true \
    SESSION_COOKIE_AGE=1209600
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
 && rm -rf /var/lib/apt/lists/* \
 && addgroup --system django && adduser --system --ingroup django django
WORKDIR /home/django/web
COPY --from=builder /usr/src/app/wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY config ./config
COPY apps ./apps
COPY templates ./templates
COPY manage.py ./
COPY --chmod=0755 docker/entrypoint.sh /entrypoint.sh
RUN mkdir -p staticfiles && chown -R django:django /home/django/web
USER django
EXPOSE 8000
ENTRYPOINT ["/entrypoint.sh"]
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000"]
