from  base AS base
ONBUILD ARG ' SG.FAKEsgFAKEsgFAKEsgFAKE.FAKEgridFAKEgridFAKEgridFAKEgridFAKEgridFAK ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEmysql -uroot -pFakeMysqlPass9 -e "select 1"
FROM  base