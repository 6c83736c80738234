package dev.parley.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One Parley service, run from its jar as its own process, ready when its readiness probe says so. */
final class ServiceProcess implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** Writing a class data archive at exit takes a few seconds a service, longer when all five write at once. */
    private static final Duration STOP_GRACE_RECORDING = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Service service;
    private final ChildProcess process;
    private final String url;
    private final Optional<ClassDataSharing.Launch> classData;

    private ServiceProcess(Service service, ChildProcess process, String url,
            Optional<ClassDataSharing.Launch> classData) {
        this.service = service;
        this.process = process;
        this.url = url;
        this.classData = classData;
    }

    static ServiceProcess start(Service service, LocalSettings settings, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(JavaCommand.current());
        command.addAll(settings.javaOptions().services());
        Path jar = settings.serviceJars().resolve(service.serviceName() + ".jar");
        Optional<ClassDataSharing.Launch> classData = settings.classDataSharing().map(folder ->
                new ClassDataSharing(folder).prepare(service.serviceName(), jar, settings.javaOptions().services()));
        command.addAll(classData.map(ClassDataSharing.Launch::arguments).orElse(List.of("-jar", jar.toString())));
        ChildProcess process = ChildProcess.start(service.serviceName(), command, env,
                settings.logs().resolve(service.serviceName() + ".log"));
        return new ServiceProcess(service, process, settings.url(service), classData);
    }

    /** Whether this run records the service's class data archive when it stops (its first start of a build). */
    boolean recordsClassData() {
        return classData.map(ClassDataSharing.Launch::recording).orElse(false);
    }

    void awaitReady() {
        process.awaitReady(this::isReady, READY_TIMEOUT);
    }

    private boolean isReady() {
        try {
            HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Service service() {
        return service;
    }

    long pid() {
        return process.pid();
    }

    void kill() {
        process.kill();
        classData.ifPresent(launch -> launch.stopped(false));
    }

    void requestStop() {
        process.requestStop();
    }

    @Override
    public void close() {
        boolean stoppedCleanly = process.stop(recordsClassData() ? STOP_GRACE_RECORDING : STOP_GRACE);
        classData.ifPresent(launch -> launch.stopped(stoppedCleanly));
    }
}
