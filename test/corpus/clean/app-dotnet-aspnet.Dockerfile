# Application: ASP.NET Core service; restore from the project file first, then
# publish. APP_UID is provided by the Microsoft base image.
FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
USER $APP_UID
WORKDIR /app
EXPOSE 8080
EXPOSE 8081

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG BUILD_CONFIGURATION=Release
WORKDIR /src
COPY ["src/Billing.Api/Billing.Api.csproj", "src/Billing.Api/"]
COPY ["src/Billing.Core/Billing.Core.csproj", "src/Billing.Core/"]
COPY ["Directory.Build.props", "NuGet.config", "./"]
RUN dotnet restore "./src/Billing.Api/Billing.Api.csproj"
COPY src ./src
WORKDIR "/src/src/Billing.Api"
RUN dotnet build "./Billing.Api.csproj" -c $BUILD_CONFIGURATION -o /app/build

FROM build AS publish
ARG BUILD_CONFIGURATION=Release
RUN dotnet publish "./Billing.Api.csproj" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false

FROM base AS final
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_gcServer=0
WORKDIR /app
COPY --from=publish /app/publish .
ENTRYPOINT ["dotnet", "Billing.Api.dll"]
