# expect: no-secret-in-arg, require-secret-mount
# Windows/cmd: the Chocolatey API key is a build arg expanded as %CHOCO_API_KEY%.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["cmd", "/S", "/C"]
ARG CHOCO_API_KEY
COPY packaging/acme-agent.nuspec C:/pkg/
COPY packaging/tools/ C:/pkg/tools/
WORKDIR C:/pkg
RUN choco pack acme-agent.nuspec && choco push acme-agent.2.4.0.nupkg --source https://push.chocolatey.org/ --api-key %CHOCO_API_KEY%
