# Application: Maven build on a JDK, run on a JRE. The corporate CA
# certificate is public; "changeit" is the JDK's documented default trust-store
# password, not a credential.
FROM maven:3.9.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY pom.xml ./
COPY .mvn ./.mvn
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests \
 && mkdir -p target/extracted \
 && cp target/*.jar target/app.jar

FROM eclipse-temurin:21-jre-jammy
COPY certs/ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
RUN update-ca-certificates \
 && keytool -importcert -noprompt -cacerts -storepass changeit \
      -alias acme-root-ca -file /usr/local/share/ca-certificates/acme-root-ca.crt
RUN groupadd --system spring && useradd --system --gid spring spring
WORKDIR /app
COPY --from=build /workspace/target/app.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    SERVER_PORT=8080
USER spring:spring
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s \
  CMD ["curl", "-fsS", "http://localhost:8080/actuator/health"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
