from  base
ARG "= a=\ONBUILD RUN curl -H "Authorization: Bearer FAKEbearer0Token42" https://api.example.org AIzaFAKEgoogFAKEgoogFAKEgoogFAKEgoogFAK
FROM  base
