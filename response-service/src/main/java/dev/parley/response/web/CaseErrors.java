package dev.parley.response.web;

import dev.parley.response.assignment.CaseHeldException;
import dev.parley.response.replies.AccountDetailsInPublicException;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The response API's errors as problem+json: unknown things 404, moves the rules refuse 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseErrors {

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail held(CaseHeldException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Case held by another agent");
        problem.setProperty("holder", e.holder());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail accountDetails(AccountDetailsInPublicException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Account details in public");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notNow(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
