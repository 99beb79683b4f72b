# expect: no-hardcoded-secret, no-secret-file-copy
# A COPY heredoc writes a config file whose content holds a (fake) Slack
# incoming-webhook URL.
FROM python:3.12-slim
WORKDIR /app
COPY alerts ./alerts
COPY <<EOF /app/config.yml
alerts:
  channel: "#ops-alerts"
  webhook: https://hooks.slack.com/services/TFAKE0000/BFAKE0000/FAKEFAKEFAKEFAKEFAKEFAKE
  min_severity: warning
EOF
CMD ["python", "-m", "alerts", "--config", "/app/config.yml"]
