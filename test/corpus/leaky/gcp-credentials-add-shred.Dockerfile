# expect: no-secret-file-copy, no-ineffective-delete
# A service-account credentials file is ADDed, used, and shredded in a later
# RUN. `shred -u` only affects the new layer; the ADD layer keeps the file.
FROM google/cloud-sdk:497.0.0-slim
ADD credentials.json /tmp/credentials.json
RUN gcloud auth activate-service-account --key-file=/tmp/credentials.json \
 && mkdir -p /opt/assets \
 && gcloud storage cp gs://acme-fonts/fonts.tar.gz /opt/assets/fonts.tar.gz
RUN shred -u /tmp/credentials.json
WORKDIR /opt/assets
CMD ["ls", "-l"]
