package nl.wegwijzer.api;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import nl.wegwijzer.contract.Contract;

/**
 * The rule lifecycle's refusals as problems: a change that may not happen, an upload that cannot
 * become a draft (each problem with file, row and column), an upload over a limit. Asked before
 * {@link ProblemHandler}, whose catch-all would otherwise answer them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RuleSetProblemHandler {
    /** A rule-set change that may not happen: why, in words; for bad input, the field. */
    @ExceptionHandler(nl.wegwijzer.ruleset.Refusal.class)
    ResponseEntity<Object> refused(nl.wegwijzer.ruleset.Refusal e, WebRequest request) {
        return switch (e.kind()) {
            case NOT_FOUND -> ProblemBodies.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of(), request);
            case FORBIDDEN -> ProblemBodies.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage(), List.of(), request);
            case CONFLICT -> ProblemBodies.problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), List.of(), request);
            case INVALID -> ProblemBodies.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The request is invalid",
                    List.of(new Contract.FieldError("/" + e.field(), e.field(), e.getMessage())), request);
        };
    }

    /** An upload that cannot become a draft: every problem with its file, row and column. */
    @ExceptionHandler(nl.wegwijzer.ruleset.DraftRefused.class)
    ResponseEntity<Object> draftRefused(nl.wegwijzer.ruleset.DraftRefused e, WebRequest request) {
        List<Contract.FieldError> errors = e.problems().stream().map(p -> new Contract.FieldError("", "files", p.text())).toList();
        return switch (e.kind()) {
            case MALFORMED -> ProblemBodies.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The draft cannot be read", errors, request);
            case TOO_LARGE -> ProblemBodies.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload Too Large",
                    "The draft is over a limit: " + e.getMessage(), errors, request);
            case UNSUPPORTED -> ProblemBodies.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported Media Type",
                    "A draft takes decision tables (*.drl.csv, *.drl.xlsx), scenario files (*.feature) or a .zip of them", errors, request);
            case NOT_DATA -> ProblemBodies.problem(HttpStatus.UNPROCESSABLE_ENTITY, "not-a-data-change", "Not a data change",
                    "A draft may change the data rows of existing decision tables, each cell as its column allows, and the "
                            + "Dutch rule scenarios next to them; the machinery of a table is not editable through a draft; "
                            + "change it in the repository's rules/ folder",
                    errors, request);
        };
    }

    /** A multipart upload over a limit (file, request, parts) is a 413 naming it; one that cannot be read, a 400. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    static ResponseEntity<Object> multipart(org.springframework.web.multipart.MultipartException e, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (type.equals("FileCountLimitExceededException")) {
                return ProblemBodies.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload Too Large",
                        "The upload has too many parts (at most 30: the files and the reason)", List.of(), request);
            }
            if (t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                    || type.equals("FileSizeLimitExceededException") || type.equals("SizeLimitExceededException")) {
                return ProblemBodies.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload Too Large",
                        "The upload is too large (a file at most 4 MB, the whole request at most 8 MB)", List.of(), request);
            }
        }
        return ProblemBodies.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The multipart body cannot be read",
                List.of(new Contract.FieldError("", "", "not a readable multipart/form-data body")), request);
    }
}
