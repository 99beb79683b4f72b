# expect: no-hardcoded-secret, no-ineffective-delete
# `docker login -p <literal>` puts the password in the history and writes it
# to ~/.docker/config.json; removing that file in a later RUN leaves it in the
# earlier layer.
FROM docker:27-cli
RUN docker login -u ci-bot -p hunter2-not-real registry.example.com
COPY scripts/mirror.sh /usr/local/bin/mirror.sh
RUN chmod +x /usr/local/bin/mirror.sh
RUN rm /root/.docker/config.json
ENTRYPOINT ["/usr/local/bin/mirror.sh"]
