FROM  base AS builder
ENV HOME=ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE
FROM  Builder
COPY  $HOME/.npmrc .
RUN --mount=type=secret,id=x cp /run/secrets/x > /app/x
