package dev.parley.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every document of every manifest under {@code deploy/kubernetes}, as the YAML says it. */
final class Manifests {
    static final Path ROOT = Path.of("kubernetes");
    static final String KUSTOMIZATION = "kustomization.yaml";
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<Manifest> documents;

    private Manifests(List<Manifest> documents) {
        this.documents = documents;
    }

    /** One document of a file: its kind, name and content. */
    record Manifest(Path file, JsonNode content) {
        String kind() {
            return content.path("kind").asText();
        }

        String apiVersion() {
            return content.path("apiVersion").asText();
        }

        String name() {
            return content.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return file + ": " + kind() + " " + name();
        }
    }

    static Manifests load() {
        List<Manifest> documents = new ArrayList<>();
        for (Path file : yamlFiles(ROOT)) {
            if (file.getFileName().toString().equals(KUSTOMIZATION)) {
                continue;
            }
            try (var parser = YAML.getFactory().createParser(file.toFile())) {
                YAML.readValues(parser, JsonNode.class).readAll().stream()
                        .filter(node -> !node.isMissingNode() && !node.isNull())
                        .forEach(node -> documents.add(new Manifest(file, node)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new Manifests(documents);
    }

    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    List<Manifest> all() {
        return documents;
    }

    List<Manifest> ofKind(String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    Manifest get(String kind, String name) {
        return documents.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " under " + ROOT));
    }
}
