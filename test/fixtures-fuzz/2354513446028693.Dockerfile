FROM  base AS Builder
ARG ' AIzaFAKEgoogFAKEgoogFAKEgoogFAKEgoogFAK\
'$NPM_TOKEN'
