package nl.wegwijzer.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

import nl.wegwijzer.contract.Contract;

/** The RFC 9457 problem document every controller error answers with: type, title, status, detail, instance, errors. */
final class ProblemBodies {
    private static final String TYPES = "https://wegwijzer.nl/problems/";

    private ProblemBodies() {
    }

    static ResponseEntity<Object> problem(HttpStatusCode status, String type, String title, String detail,
                                                  List<Contract.FieldError> errors, WebRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, type, title, detail, errors, request));
    }

    static ProblemDetail body(HttpStatusCode status, String type, String title, String detail,
                                      List<Contract.FieldError> errors, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(path(request)));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(f -> Map.of("pointer", f.pointer(), "field", f.field(), "detail", f.detail())).toList());
        }
        return problem;
    }

    static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
    }
}
