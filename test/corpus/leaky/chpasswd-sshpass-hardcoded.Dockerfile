# expect: no-hardcoded-secret
# Literal passwords in RUN command text: `echo 'user:pass' | chpasswd` and
# `sshpass -p`. Both are recorded verbatim in `docker history`.
FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-client openssh-server sshpass sudo \
 && rm -rf /var/lib/apt/lists/*
RUN useradd -m -s /bin/bash deploy && echo 'deploy:hunter2-not-real' | chpasswd
RUN mkdir -p /srv/seed \
 && sshpass -p hunter2-not-real scp -o StrictHostKeyChecking=no deploy@files.example.com:/exports/seed.sql /srv/seed/seed.sql
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]
