package com.storeboard.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own errors (no such endpoint, wrong method, bad parameter, unreadable body …) as problem JSON. Global,
 * because some of them happen before a controller is chosen (an unknown {@code /api/…} path, a wrong method): this is
 * what {@code spring.mvc.problemdetails.enabled} would do, with the {@code instance} filled in. Vaadin's pages are not
 * concerned: Vaadin handles its own requests. Errors of the API's own controllers are in {@link ApiExceptionHandler}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MvcProblems extends ResponseEntityExceptionHandler {

    private final ProblemTexts texts;

    MvcProblems(ProblemTexts texts) {
        this.texts = texts;
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        String method = servletRequest == null ? "GET" : servletRequest.getMethod();
        String path = servletRequest == null ? ex.getResourcePath() : servletRequest.getRequestURI();
        ProblemDetail body = texts.problem(servletRequest, HttpStatus.NOT_FOUND, "no-endpoint", method, path);
        return handleExceptionInternal(ex, body, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(ProblemTexts.instance(servletRequest(request)));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
    }
}
