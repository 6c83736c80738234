package dev.parley.support.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every service answers a body it cannot read with 400 and the parser's reason, as a problem detail. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnreadableBodyAdvice {

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON for this request: " + e.getMostSpecificCause().getMessage());
        problem.setTitle("Malformed JSON");
        return problem;
    }
}
