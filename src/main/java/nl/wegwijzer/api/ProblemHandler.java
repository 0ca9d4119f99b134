package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.web.DatabaseOutage;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API gives, in one place: RFC 9457 application/problem+json, with {@code errors}
 * naming each invalid field. Never a stack trace, never the request's content in a log.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e, WebRequest request) {
        return ProblemBodies.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage(), e.errors(), request);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e, WebRequest request) {
        return ProblemBodies.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request body too large", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return ProblemBodies.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(Idempotency.ConflictException.class)
    ResponseEntity<Object> conflict(Idempotency.ConflictException e, WebRequest request) {
        return ProblemBodies.problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(Idempotency.UnprocessableException.class)
    ResponseEntity<Object> unprocessable(Idempotency.UnprocessableException e, WebRequest request) {
        return ProblemBodies.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage(),
                List.of(new Contract.FieldError("", Idempotency.HEADER, "already used for a different request")), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e, WebRequest request) {
        return ProblemBodies.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e, WebRequest request) {
        String name = e.getName();
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return ProblemBodies.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "Parameter '" + name + "' is invalid",
                List.of(new Contract.FieldError("", name, "must be a " + ("UUID".equals(expected) ? "UUID" : expected))), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable on {}: {}", ProblemBodies.path(request), e.getClass().getName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(ProblemBodies.body(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Service unavailable",
                            "The database cannot be reached for now. Send the request again after " + DatabaseOutage.RETRY_AFTER_SECONDS
                                    + " seconds, with the same Idempotency-Key if it had one, so that it is decided once.", List.of(), request));
        }
        // Classes and places only, never messages: those of unexpected errors may quote input.
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName())
                    .append(" at ").append(t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?");
        }
        log.error("Unexpected error on {}: {}", ProblemBodies.path(request), chain);
        return ProblemBodies.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; nothing was stored. Please try again.", List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "a JSON object is required" : "the body cannot be read as this request";
        return ProblemBodies.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The body is missing or unreadable",
                List.of(new Contract.FieldError("", "", detail)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return RuleSetProblemHandler.multipart(e, request);
    }

    /**
     * Spring's own exceptions (415, 405, 406, 404 for unknown paths...) keep their status, with a detail
     * written here: what the client can change, never the framework's wording or internals.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error" : known.getReasonPhrase();
        HttpHeaders out = new HttpHeaders();
        out.putAll(headers); // Allow (405) and Accept (415) as Spring set them
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(ProblemBodies.body(status, slug(title), title, detail(e, status), List.of(), request), out, status);
    }

    private static String detail(Exception e, HttpStatusCode status) {
        if (e instanceof org.springframework.web.HttpMediaTypeNotSupportedException unsupported) {
            return "The body's Content-Type is not taken here; send " + types(unsupported.getSupportedMediaTypes());
        }
        if (e instanceof org.springframework.web.HttpMediaTypeNotAcceptableException notAcceptable) {
            return "There is no answer in a type the Accept header allows; accept "
                    + (notAcceptable.getSupportedMediaTypes().isEmpty() ? "application/json" : types(notAcceptable.getSupportedMediaTypes()));
        }
        if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException method) {
            return "The method " + method.getMethod() + " is not allowed here"
                    + (method.getSupportedMethods() == null ? "" : "; allowed: " + String.join(", ", method.getSupportedMethods()));
        }
        if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                || e instanceof org.springframework.web.servlet.NoHandlerFoundException) {
            return "There is no such resource";
        }
        if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            return "The query parameter '" + missing.getParameterName() + "' is required";
        }
        if (e instanceof org.springframework.web.bind.MissingRequestHeaderException missing) {
            return "The header '" + missing.getHeaderName() + "' is required";
        }
        if (e instanceof org.springframework.web.context.request.async.AsyncRequestTimeoutException) {
            return "The answer took too long; try again, or ask for less";
        }
        return status.is4xxClientError() ? "The request cannot be handled as it is" : "Something went wrong on our side; please try again";
    }

    private static String types(List<MediaType> types) {
        return String.join(" or ", types.stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct().toList());
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
