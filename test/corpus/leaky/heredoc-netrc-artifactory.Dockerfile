# expect: no-secret-in-arg, require-secret-mount, no-ineffective-delete
# A RUN heredoc writes the Artifactory password from a build arg into
# ~/.netrc; a later RUN removes the file, which stays in the earlier layer.
FROM maven:3.9.9-eclipse-temurin-21
ARG ARTIFACTORY_USER=ci
ARG ARTIFACTORY_PSW
RUN <<EOF
set -eu
printf 'machine artifactory.example.com login %s password %s\n' "$ARTIFACTORY_USER" "$ARTIFACTORY_PSW" > /root/.netrc
chmod 600 /root/.netrc
EOF
WORKDIR /build
COPY pom.xml ./
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests
RUN rm /root/.netrc
CMD ["java", "-jar", "target/app.jar"]
