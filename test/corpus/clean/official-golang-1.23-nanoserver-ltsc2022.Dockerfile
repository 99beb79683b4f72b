# escape=`
# Official-image style (Windows nanoserver): cmd shell, %VAR% expansion,
# setx to persist PATH, and the Go tree copied from the servercore variant.

FROM mcr.microsoft.com/windows/nanoserver:ltsc2022

SHELL ["cmd", "/S", "/C"]

# no Git installed (intentionally)
#  -- Nano Server is "Windows Slim"

# for 'go env' and 'go build' to work
ENV GOPATH C:\go
# the "user" level doesn't need "setx" since PATH is explicitly set per-user
USER ContainerAdministrator
RUN setx /m PATH "%GOPATH%\bin;C:\Program Files\Go\bin;%PATH%"
USER ContainerUser
# doing this first to share cache across versions more aggressively

ENV GOLANG_VERSION 1.23.2

# Docker's Windows path parsing is absolutely *cursed*; please just trust me on this one -Tianon
COPY --from=golang:1.23.2-windowsservercore-ltsc2022 ["C:\\Program Files\\Go","C:\\Program Files\\Go"]
RUN go version

WORKDIR $GOPATH
