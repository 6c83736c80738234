package dev.parley.ingestion.posts;

import java.util.List;
import java.util.stream.Collectors;

/** An incoming post that cannot be accepted, with every bad field and why. */
public class InvalidPostException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidPostException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
