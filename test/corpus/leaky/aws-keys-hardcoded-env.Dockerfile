# expect: no-hardcoded-secret
# A (fake) AWS key pair baked into ENV: the access key id matches the AKIA
# format and the secret access key is a high-entropy literal under a secret
# name. Both are readable with `docker inspect`.
FROM amazon/aws-cli:2.18.0
ENV AWS_ACCESS_KEY_ID=AKIAFAKEFAKEFAKE0000
ENV AWS_SECRET_ACCESS_KEY=FakeSecretAccessKey+0123456789+abcdefGHI
ENV AWS_DEFAULT_REGION=eu-west-1
RUN aws s3 sync s3://acme-static-assets/site/ /srv/site/
WORKDIR /srv/site
ENTRYPOINT ["aws"]
CMD ["s3", "ls"]
