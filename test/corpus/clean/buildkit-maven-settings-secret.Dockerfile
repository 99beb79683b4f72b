# syntax=docker/dockerfile:1
# BuildKit: Maven's settings.xml (with repository credentials) is a secret
# mount; the local repository is a cache mount.
#   docker build --secret id=maven_settings,src=$HOME/.m2/settings.xml .
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY core/pom.xml core/
COPY web/pom.xml web/
RUN --mount=type=secret,id=maven_settings,target=/root/.m2/settings.xml \
    --mount=type=cache,target=/root/.m2/repository \
    mvn -B -s /root/.m2/settings.xml dependency:go-offline
COPY core/src core/src
COPY web/src web/src
RUN --mount=type=secret,id=maven_settings,target=/root/.m2/settings.xml \
    --mount=type=cache,target=/root/.m2/repository \
    mvn -B -s /root/.m2/settings.xml -pl web -am package -DskipTests

FROM eclipse-temurin:17-jre-alpine
WORKDIR /opt/app
COPY --from=build /build/web/target/web-*.jar app.jar
USER 1000
ENTRYPOINT ["java", "-jar", "app.jar"]
