# escape=`
# Official-image style (Windows servercore): MinGit and Go zip downloads
# checked with Get-FileHash; PATH extended through $env:PATH.

FROM mcr.microsoft.com/windows/servercore:ltsc2022

# $ProgressPreference: https://github.com/PowerShell/PowerShell/issues/2138#issuecomment-251261324
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

# install MinGit (especially for "go get")
# https://blogs.msdn.microsoft.com/visualstudioalm/2016/09/03/whats-new-in-git-for-windows-2-10/
# "Essentially, it is a Git for Windows that was stripped down as much as possible without sacrificing the functionality in which 3rd-party software may be interested."
# "It currently requires only ~45MB on disk."
ENV GIT_VERSION 2.23.0
ENV GIT_TAG v${GIT_VERSION}.windows.1
ENV GIT_DOWNLOAD_URL https://github.com/git-for-windows/git/releases/download/${GIT_TAG}/MinGit-${GIT_VERSION}-64-bit.zip
ENV GIT_DOWNLOAD_SHA256 cda4084f66eaac81549c0a0ea2bd893e66d5c07ccf3a83eb4db8202dcf3a9813
# steps inspired by "chcolateyInstall.ps1" from "git.install" (https://chocolatey.org/packages/git.install)
RUN Write-Host ('Downloading {0} ...' -f $env:GIT_DOWNLOAD_URL); `
	[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; `
	Invoke-WebRequest -Uri $env:GIT_DOWNLOAD_URL -OutFile 'git.zip'; `
	`
	Write-Host ('Verifying sha256 ({0}) ...' -f $env:GIT_DOWNLOAD_SHA256); `
	if ((Get-FileHash git.zip -Algorithm sha256).Hash -ne $env:GIT_DOWNLOAD_SHA256) { `
		Write-Host 'FAILED!'; `
		exit 1; `
	}; `
	`
	Write-Host 'Expanding ...'; `
	Expand-Archive -Path git.zip -DestinationPath C:\git\.; `
	`
	Write-Host 'Removing ...'; `
	Remove-Item git.zip -Force; `
	`
	Write-Host 'Updating PATH ...'; `
	$env:PATH = 'C:\git\cmd;C:\git\mingw64\bin;C:\git\usr\bin;' + $env:PATH; `
	[Environment]::SetEnvironmentVariable('PATH', $env:PATH, [EnvironmentVariableTarget]::Machine); `
	`
	Write-Host 'Verifying install ("git version") ...'; `
	git version; `
	`
	Write-Host 'Complete.';

# for 'go env' and 'go build' to work
ENV GOPATH C:\go

# PATH isn't actually set in the Docker image, so we have to set it from within the container
RUN $newPath = ('{0}\bin;C:\Program Files\Go\bin;{1}' -f $env:GOPATH, $env:PATH); `
	Write-Host ('Updating PATH: {0}' -f $newPath); `
	[Environment]::SetEnvironmentVariable('PATH', $newPath, [EnvironmentVariableTarget]::Machine);
# doing this first to share cache across versions more aggressively

ENV GOLANG_VERSION 1.23.2

RUN $url = 'https://dl.google.com/go/go1.23.2.windows-amd64.zip'; `
	Write-Host ('Downloading {0} ...' -f $url); `
	[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; `
	Invoke-WebRequest -Uri $url -OutFile 'go.zip'; `
	`
	$sha256 = 'febe6afde0bab81ad0e18302283980e8043c24b75f7b15b1892eac1148941da3'; `
	Write-Host ('Verifying sha256 ({0}) ...' -f $sha256); `
	if ((Get-FileHash go.zip -Algorithm sha256).Hash -ne $sha256) { `
		Write-Host 'FAILED!'; `
		exit 1; `
	}; `
	`
	Write-Host 'Expanding ...'; `
	Expand-Archive go.zip -DestinationPath C:\; `
	`
	Write-Host 'Moving ...'; `
	Move-Item -Path C:\go -Destination 'C:\Program Files\Go'; `
	`
	Write-Host 'Removing ...'; `
	Remove-Item go.zip -Force; `
	`
	Write-Host 'Verifying install ("go version") ...'; `
	go version; `
	`
	Write-Host 'Complete.';

WORKDIR $GOPATH
