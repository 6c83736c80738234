package dev.parley.ingestion.web;

import dev.parley.ingestion.posts.InvalidPostException;
import dev.parley.support.messaging.EventPublisher.EventNotPublishedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors as RFC 9457 problem details; a rejected post lists every bad field under {@code errors}. */
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
    ProblemDetail notPublished(EventNotPublishedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; the post was not accepted, send it again");
        problem.setTitle("Kafka unavailable");
        return problem;
    }
}
