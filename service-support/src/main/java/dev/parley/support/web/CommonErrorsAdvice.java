package dev.parley.support.web;

import dev.parley.support.messaging.EventPublisher.EventNotPublishedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How every service answers what is not its controllers' own business, as problem details: a body the
 * parser cannot read or a value rejected with {@link IllegalArgumentException} (the convention for
 * invalid input throughout Parley) is a 400 with the reason; an event Kafka did not take is a 503, so
 * the caller knows nothing was accepted and can send again.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonErrorsAdvice {

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON for this request: " + e.getMostSpecificCause().getMessage());
        problem.setTitle("Malformed JSON");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidValue(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notPublished(EventNotPublishedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; nothing was accepted, send it again");
        problem.setTitle("Kafka unavailable");
        return problem;
    }
}
