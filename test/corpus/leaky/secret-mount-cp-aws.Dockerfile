# expect: no-secret-mount-copy
# The secret mount itself is fine, but the RUN copies the mounted credentials
# file to a path inside the image and never deletes it, so it lands in the
# layer anyway.
FROM python:3.12-slim
RUN pip install --no-cache-dir awscli==1.35.10
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials \
    mkdir -p /opt/app \
 && cp /root/.aws/credentials /opt/app/aws-credentials \
 && AWS_SHARED_CREDENTIALS_FILE=/opt/app/aws-credentials aws s3 cp s3://acme-ml-artifacts/model.onnx /opt/app/model.onnx
WORKDIR /opt/app
CMD ["python", "-m", "serve", "--model", "/opt/app/model.onnx"]
