# One image recipe for every Spring Boot module: docker build --build-arg MODULE=gateway .
# Build the jars first (./mvnw package -DskipTests); the image only carries the runtime.
# Configuration comes only from environment variables (docker-compose.yml, deploy/k8s).
FROM eclipse-temurin:25-jre
ARG MODULE
WORKDIR /app
COPY ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT.jar app.jar
COPY --chmod=755 deploy/docker/ready.sh /usr/local/bin/ready
RUN useradd --system --uid 10001 app && mkdir -p /app/var && chown app /app/var
USER 10001
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
