package nl.wegwijzer.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}, reached when an error escapes the filters or a servlet
 * sends one): an RFC 9457 problem for its status, with nothing of the error's own message; for a
 * browser that asked for a page, a plain page in Dutch that says the same.
 */
@RestController
public class ProblemErrorController implements ErrorController {
    private static final byte[] PAGE = page();

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error && DatabaseOutage.causedBy(error)) {
            // Outside the controllers (a filter that needed the database): the same 503 as the API gives.
            status = 503;
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        response.setStatus(status);
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html") && PAGE.length > 0) {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE);
            return;
        }
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.getOutputStream().write(Problems.body(status, ProblemValve.title(status), ProblemValve.detail(status),
                uri instanceof String path && path.matches("[A-Za-z0-9/._~%;=-]{0,200}") ? path : null, java.util.List.of()));
    }

    private static byte[] page() {
        try (var in = ProblemErrorController.class.getResourceAsStream("/static/assets/fout.html")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
