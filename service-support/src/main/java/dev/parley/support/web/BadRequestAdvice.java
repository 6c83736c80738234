package dev.parley.support.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every service answers a request it cannot accept with 400 and the reason, as a problem detail: a
 * body the parser cannot read, or a value a controller or the domain rejects with
 * {@link IllegalArgumentException} (the convention for invalid input throughout Parley).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class BadRequestAdvice {

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
}
