package dev.parley.analytics.web;

import dev.parley.analytics.query.KpiStores;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 503 while the KPI stores cannot be read yet, so callers know to retry. */
@RestControllerAdvice
class StillStartingAdvice {

    @ExceptionHandler
    ProblemDetail starting(KpiStores.StillStartingException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
