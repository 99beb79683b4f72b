<<EOF
m=base final AS AS baseFROM --from=base final AS AS baseFROM --from=base final AS AS baseFROM --from=base final AS AS baseFROM --from=base final AS AS base
ONBUILD COPY 
ADD --      \ =        
  << .

FROM --keep-git-dir=true Builder
FROM  base
ADD --mount=sharing=/run/secrets/npm,readonly=  ,id=ssh <<"EOF" ~/.npmrc

EOFARG _.Aa-aA-_0='${ }' ARTIFACTORY_PSW=''a b''
ADD --from=build <<-EOF /app

	EOF
      \ \  fi rm -rf |
curl -H "Authorization: Bearer FAKEbearer0Token42" https://api.example.org     <token>   
  \  
git config --global credential.helper store .docker/config.json curl -u deploy:FakeCurlPass9 https://files.example.org/a.tgz src ==     \    curl -u deploy:FakeCurlPass9 https://files.example.org/a.tgz `
<<'EOF' <<-EOF set -eux ${PATH} FaKe9qZx2Lw7Rt4Kp8Mn3Vb & < & rm "quoted file"
EOF
FROM --mount=type=,type=tmpfs,type=ssh Builder AS   LABEL 
ADD --parents <<EOF *.pem

. ( = unset /app { echo
# cp a b mysql -uroot -pFakeMysqlPass9 -e "select 1"
EOF
COPY --from=build --mount=dst=\,type=npm --mount= /app C:\\x
COPY . /app
COPY [glpat-FAKEglFAKEglFAKEglFAa-z].pem .docker/config.json \
HEALTHCHECK CMD ["  ","npm config set //r/:_authToken"
ENV AWS_ACCESS_KEY_ID=_/
# layerlint-disable-next-line
# check=skip=all     
ONBUILD COPY ${ x.tfstate echo echo  install /root/.npmrc
