package com.storeboard.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * What the API's controllers answer when they cannot answer with data: the {@link ApiProblem}s they raise, a database
 * or Redis that does not answer (503, retry later), and anything unexpected (500 with an error id that the log line
 * also carries). Always problem JSON, never a stack trace. Ordered after {@link MvcProblems}, which keeps Spring MVC's
 * own exceptions.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final ProblemTexts texts;

    ApiExceptionHandler(ProblemTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request) {
        ProblemDetail body = texts.problem(request, problem.status(), problem.type(), problem.args());
        problem.properties().forEach(body::setProperty);
        return ResponseEntity.status(problem.status()).headers(problem.headers()).contentType(PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storageUnavailable(DataAccessException e, HttpServletRequest request) {
        log.warn("API 请求 {} {} 失败：数据库或 Redis 无法访问（{}）。请检查 /actuator/health。", request.getMethod(),
                request.getRequestURI(), e.getMostSpecificCause().getMessage());
        ProblemDetail body = texts.problem(request, HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("API client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return null;
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("API 请求 {} {} 出错（错误编号 {}）：{}", request.getMethod(), request.getRequestURI(), errorId, e.toString(), e);
        ProblemDetail body = texts.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", errorId);
        body.setProperty("errorId", errorId);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(PROBLEM_JSON).body(body);
    }
}
