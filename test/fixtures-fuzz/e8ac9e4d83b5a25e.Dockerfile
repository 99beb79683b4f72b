 c# c# c# check=skip=SecretsUsedInArgOrEnv
COPY  <<EOF2 app/
EOF 
package.json postgres://u:p@db/x git clone https://user:FakePassw0rdUrl@git.example.org/repo.git
0__aA/0 .ssh/id_rsa ; && ./key.pem *.pem /run/secrets/npm
 <<"EOF" ./* hf_FAKEhfFAKEhfFAKEhfFAKEhfFAKEhfFAKE
EOF2
RUN --   \  \= --from=builder export $ARTIFACTORY_PSW > [a-z].pem
FROM --mount=env=\ \ \\  ,id==,target=\     \ ,type=true s0RUN --      \  =    rm -rf $DB_PASS > ./ENV AWS_ACCESS_KEY_ID=${NPM_TOKEN}
LABEL NODE_VERSION="${NPM_TOKEN}" \ \\     ="glpat-FAKEglFAKEglFAKEglFA" a='FaKe9qZx2Lw7Rt4Kp8Mn3Vb'
FROM alpine AS builder
ARG NPM_TOKEN
RUN echo $NPM_TOKEN > /root/ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE.npmrc
FROM alpine
COPY --from=builder / /x
