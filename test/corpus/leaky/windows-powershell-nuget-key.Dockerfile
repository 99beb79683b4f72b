# expect: no-secret-in-arg, require-secret-mount
# Windows/PowerShell: the NuGet API key is a build arg, read in RUN through
# $env:NUGET_API_KEY (recorded in the history with its value).
FROM mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
ARG NUGET_API_KEY
ARG PACKAGE_VERSION=1.0.0
WORKDIR C:/src
COPY src/Acme.Telemetry/ C:/src/Acme.Telemetry/
RUN dotnet pack Acme.Telemetry/Acme.Telemetry.csproj -c Release -o C:/out /p:Version=$env:PACKAGE_VERSION
RUN dotnet nuget push (Get-Item C:/out/*.nupkg).FullName --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json
