# expect: no-hardcoded-secret
# Literal (fake) tokens in a comment and in CMD: the comment never reaches the
# image, but it is in the repository; the CMD is in the image config.
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY bot ./bot
# temporary token for the release bot: ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0123
CMD ["python", "-m", "bot", "--stripe-key", "sk_live_FAKEFAKEFAKEFAKEFAKEFAKE"]
