# Near misses by NAME: every key below contains a secret-looking word, but is
# a socket, a URL, a length, a version, an alias, a path, a public key or a
# release-signing fingerprint list. None of these may be reported.
ARG SECRETLINT_VERSION=9.0.0
ARG GPG_KEYS="7169605F62C751356D054A26A821E680E5FA6305 A035C8C19219BA821ECEA86B64E628F8D684696D"
ARG PASSWORD_MIN_LENGTH=12
ARG AUTH_MODULE_VERSION=3.4.1
ARG DOCKER_AUTH_VERSION=1.11.0
ARG KEYSIZE=4096

FROM python:3.12-slim
ARG SECRETLINT_VERSION
ARG GPG_KEYS
ARG PASSWORD_MIN_LENGTH
ARG AUTH_MODULE_VERSION
ARG TEST_DATABASE_URL=postgres://localhost:5432/accounts_test
ARG KEYSIZE

ENV SSH_AUTH_SOCK=/run/host-services/ssh-auth.sock
ENV TOKEN_URL=https://auth.example.com/token
ENV OAUTH_CALLBACK_URL=https://accounts.example.com/oauth/callback
ENV KMS_KEY_ALIAS=alias/app
ENV KEY_NAME=accounts-signing
ENV SIGNING_KEY_ID=2024-10
ENV DOCKER_CREDENTIAL_CONFIG=/kaniko/.config/gcloud/config.json
ENV GOOGLE_APPLICATION_CREDENTIALS=/var/run/secrets/google/key.json
ENV AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token
ENV SECRET_FILE=/run/secrets/accounts
ENV SECRETS_DIR=/run/secrets
ENV SSH_KEY_DIR=/etc/accounts/ssh
ENV VAULT_TOKEN_PATH=~/.vault-token
ENV VAULT_ADDR=https://vault.example.com:8200
ENV SECRET_NAME=prod/accounts/app
ENV DATABASE_URL=postgres://db:5432/app
ENV REDIS_URL=redis://cache:6379/0
ENV MONGO_URI=mongodb://mongo:27017/accounts
ENV AMQP_URL=amqp://rabbitmq:5672/
ENV PASSWORD_MIN_LENGTH=${PASSWORD_MIN_LENGTH}
ENV PASSWORD_HASH_ALGORITHM=argon2id
ENV PASSWORD_POLICY=strict
ENV TOKEN_TTL=3600
ENV TOKEN_EXPIRY=1h
ENV SESSION_TIMEOUT=30m
ENV AUTH_ENABLED=true
ENV AUTH_HEADER_NAME=X-Forwarded-User
ENV API_KEY_HEADER=X-Api-Key
ENV API_HOST=api.example.com
ENV KEYSERVER=hkps://keys.openpgp.org
ENV GPG_KEYRING=/usr/share/keyrings/accounts.gpg
ENV PUBLIC_KEY="MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBLpunJyZ+sBzpPtKKW+YsM+VrNMz4oAi+xzK3JZRrHKL5a5ecHniTetg9GbPDSfrLrUsosKwVkPip42b1qG+wA=="
ENV SSH_PUBLIC_KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFK2QL3mlmOKlTTdO+9R9946etujT9WZicwPkBM4y/Dx deploy@ci"
ENV JWT_PUBKEY_PATH=/etc/accounts/jwt-public.pem
ENV NPM_TOKEN=""

LABEL com.example.auth.provider="oidc" \
      com.example.secretlint.version=$SECRETLINT_VERSION

COPY certs/ca.crt /usr/local/share/ca-certificates/
COPY certs/intermediate-chain.pem /etc/ssl/certs/accounts-chain.pem
COPY keys/release-pubkey.asc /usr/share/accounts/
COPY keys/signing.pub /etc/accounts/signing.pub
COPY keys/apt-repo-gpg.key /tmp/apt-repo-gpg.key
COPY deploy/known_hosts /etc/ssh/ssh_known_hosts
COPY deploy/authorized_keys /home/deploy/.ssh/authorized_keys
COPY .env.example /app/.env.example
COPY config/secrets.example.yml /app/config/

COPY <<EOF /etc/accounts/jwt-public.pem
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBLpunJyZ+sBzpPtKKW+YsM+VrNMz
4oAi+xzK3JZRrHKL5a5ecHniTetg9GbPDSfrLrUsosKwVkPip42b1qG+wA==
-----END PUBLIC KEY-----
EOF

RUN set -eux; \
    update-ca-certificates; \
    gpg --dearmor -o /usr/share/keyrings/accounts-apt.gpg /tmp/apt-repo-gpg.key; \
    rm /tmp/apt-repo-gpg.key; \
    pip install --no-cache-dir "secretlint-py==${SECRETLINT_VERSION}" "accounts-auth==${AUTH_MODULE_VERSION}"; \
    echo "password minimum length: ${PASSWORD_MIN_LENGTH}, token endpoint: ${TOKEN_URL}"; \
    ssh-keygen -l -f /etc/accounts/signing.pub; \
    for key in $GPG_KEYS; do echo "trusted release key: $key"; done; \
    echo "RSA key size: $KEYSIZE"; \
    python -c "import os; print(os.environ['KMS_KEY_ALIAS'], os.environ['TEST_DATABASE_URL'])"

WORKDIR /app
COPY accounts ./accounts
CMD ["python", "-m", "accounts"]
