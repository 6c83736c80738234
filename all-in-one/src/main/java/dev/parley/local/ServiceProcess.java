package dev.parley.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Parley service, run from its jar as its own process, ready when its readiness probe says so. */
final class ServiceProcess implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Service service;
    private final ChildProcess process;
    private final String url;

    private ServiceProcess(Service service, ChildProcess process, String url) {
        this.service = service;
        this.process = process;
        this.url = url;
    }

    static ServiceProcess start(Service service, LocalSettings settings, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(JavaCommand.current());
        command.addAll(settings.serviceJavaOptions());
        command.add("-jar");
        command.add(settings.serviceJars().resolve(service.serviceName() + ".jar").toString());
        ChildProcess process = ChildProcess.start(service.serviceName(), command, env,
                settings.logs().resolve(service.serviceName() + ".log"));
        return new ServiceProcess(service, process, settings.url(service));
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
    }

    void requestStop() {
        process.requestStop();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
