package nl.wegwijzer.pages;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.wegwijzer.api.ForbiddenException;
import nl.wegwijzer.api.InvalidRequestException;
import nl.wegwijzer.api.NotFoundException;
import nl.wegwijzer.ruleset.Refusal;

/**
 * What a page shows when something it asked of the API cannot be done: a page in Dutch that says
 * so, never a stack trace and never the API's JSON. Unexpected errors are logged by class and
 * place only (messages may quote input).
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final Labels labels;

    public PageErrors(Labels labels) {
        this.labels = labels;
    }

    @ExceptionHandler({NotFoundException.class, org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return page(model, labels.text("fout.titel", ""), labels.text("fout.niet-gevonden", ""));
    }

    @ExceptionHandler(InvalidRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Model model) {
        return page(model, labels.text("fout.titel", ""), labels.text("fout.ongeldig", ""));
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        return page(model, labels.text("geentoegang.titel", ""), labels.text("geentoegang.uitleg", ""));
    }

    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
            case FORBIDDEN -> HttpStatus.FORBIDDEN.value();
            case CONFLICT -> HttpStatus.CONFLICT.value();
            case INVALID -> HttpStatus.BAD_REQUEST.value();
        });
        return page(model, labels.text("fout.titel", ""), labels.refusal(refusal));
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (nl.wegwijzer.web.DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable on a page: {}", e.getClass().getName());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", Integer.toString(nl.wegwijzer.web.DatabaseOutage.RETRY_AFTER_SECONDS));
            return page(model, labels.text("fout.titel", ""), labels.text("fout.database", ""));
        }
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName())
                    .append(" at ").append(t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?");
        }
        log.error("Unexpected error on a page: {}", chain);
        return page(model, labels.text("fout.titel", ""), labels.text("fout.algemeen", ""));
    }

    private static String page(Model model, String title, String message) {
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "geen-toegang";
    }
}
