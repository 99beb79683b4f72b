# syntax=docker/dockerfile:1
# BuildKit: AWS credentials are mounted where the AWS CLI looks for them while
# a model file is pulled from S3; only the downloaded artefact stays.
#   docker build --secret id=aws,src=$HOME/.aws/credentials .
FROM python:3.12-slim
RUN pip install --no-cache-dir awscli==1.35.10
ENV AWS_DEFAULT_REGION=eu-central-1 \
    AWS_PROFILE=build \
    MODEL_BUCKET=acme-ml-artifacts \
    MODEL_VERSION=2024-10-01
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials \
    mkdir -p /opt/models \
 && aws s3 cp "s3://${MODEL_BUCKET}/sentiment/${MODEL_VERSION}/model.onnx" /opt/models/model.onnx \
 && aws s3 cp "s3://${MODEL_BUCKET}/sentiment/${MODEL_VERSION}/vocab.json" /opt/models/vocab.json
WORKDIR /srv
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY service ./service
USER nobody
CMD ["python", "-m", "service", "--model", "/opt/models/model.onnx"]
