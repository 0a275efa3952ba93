# Build with the Maven wrapper, run as a non-root user on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
COPY integration integration
RUN ./mvnw -B -q package -DskipTests && cp target/spo-case-system-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system spo && useradd --system --gid spo --home-dir /app spo
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
RUN mkdir -p /app/data && chown -R spo:spo /app
USER spo
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70"
# Two C-library allocator arenas instead of up to eight per core: less resident memory outside the heap (README).
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
