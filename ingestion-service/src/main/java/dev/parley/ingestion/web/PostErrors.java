package dev.parley.ingestion.web;

import dev.parley.ingestion.platform.PlatformCallException;
import dev.parley.ingestion.posts.InvalidPostException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rejected post or delivery is a 400 that lists every bad field under {@code errors}; a delivery
 * that needed a platform lookup that failed is a 503, so the platform delivers it again later.
 */
@RestControllerAdvice
public class PostErrors {

    @ExceptionHandler
    ProblemDetail invalidPost(InvalidPostException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid post");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail platformLookupFailed(PlatformCallException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "a platform lookup this delivery needs failed; deliver it again later: " + e.getMessage());
        problem.setTitle("Platform lookup failed");
        return problem;
    }
}
