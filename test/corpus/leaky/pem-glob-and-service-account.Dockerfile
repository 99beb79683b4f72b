# expect: no-secret-file-copy
# A glob that targets private keys and a GCP service-account key file, both
# copied straight into the image.
FROM nginx:1.27-alpine
COPY tls/*.pem /etc/nginx/tls/
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
ADD deploy/gcp-service-account.json /etc/gcp/gcp-service-account.json
ENV GOOGLE_APPLICATION_CREDENTIALS=/etc/gcp/gcp-service-account.json
EXPOSE 443
