# expect: no-secret-file-copy, no-ineffective-delete
# A private SSH key copied in to clone a private repository, then "deleted"
# in a later layer.
FROM alpine:3.20
RUN apk add --no-cache git openssh-client
COPY id_rsa /root/.ssh/id_rsa
RUN chmod 600 /root/.ssh/id_rsa \
 && ssh-keyscan github.com >> /root/.ssh/known_hosts \
 && git clone --depth 1 git@github.com:acme/private-lib.git /src/private-lib
RUN rm /root/.ssh/id_rsa
WORKDIR /src/private-lib
CMD ["sh"]
