FROM  base
ONBUILD ARG ' SG.FAKEsgFAKEsgFAKEsgFAKE.FAKEgridFAKEgridFAKEgridFAKEgridFAKEgridFAK curl -H "Authorization: Bearer FAKEbearer0Token42" https://api.example.org