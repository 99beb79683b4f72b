# Application: Spring Boot layered jar built with the Gradle wrapper; the
# runtime stage copies each layer separately for better cache reuse.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace/app
COPY gradlew settings.gradle.kts build.gradle.kts ./
COPY gradle ./gradle
RUN ./gradlew --no-daemon dependencies > /dev/null
COPY src ./src
RUN ./gradlew --no-daemon bootJar -x test \
 && mkdir -p build/extracted \
 && java -Djarmode=tools -jar build/libs/*-SNAPSHOT.jar extract --layers --launcher --destination build/extracted

FROM eclipse-temurin:21-jre
ARG EXTRACTED=/workspace/app/build/extracted
ENV SPRING_PROFILES_ACTIVE=prod \
    SPRING_MAIN_BANNER_MODE=off \
    MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,prometheus
RUN useradd --system --create-home --uid 1001 app
WORKDIR /application
COPY --from=build ${EXTRACTED}/dependencies/ ./
COPY --from=build ${EXTRACTED}/spring-boot-loader/ ./
COPY --from=build ${EXTRACTED}/snapshot-dependencies/ ./
COPY --from=build ${EXTRACTED}/application/ ./
USER 1001
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
