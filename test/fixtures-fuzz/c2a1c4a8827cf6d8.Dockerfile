FROM  -1ONBUILD ARG ' AKIAFAKEFAKEFAKE0000 curl -H "Authorization: Bearer FAKEbearer0Token42" https://api.example.org
