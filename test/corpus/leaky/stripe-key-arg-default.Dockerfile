# expect: no-hardcoded-secret, require-secret-mount
# A (fake) live Stripe key as an ARG default: the literal is in the Dockerfile
# itself and in the history of the RUN that uses it.
FROM python:3.12-slim
ARG STRIPE_API_KEY=sk_live_FAKEFAKEFAKEFAKEFAKEFAKE
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY billing ./billing
RUN python -m billing.sync_prices --api-key "$STRIPE_API_KEY" --out billing/prices.json
CMD ["python", "-m", "billing"]
