package nl.wegwijzer.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers itself, before any of the service's code runs (a malformed path such as
 * {@code %zz}, a TRACE request, a header or part beyond its limits): the same RFC 9457 problem,
 * with API-Version and the security headers, instead of Tomcat's error page. No detail of the
 * server or of the request is echoed.
 */
public final class ProblemValve extends ErrorReportValve {
    private final String apiVersion;

    public ProblemValve(String apiVersion) {
        this.apiVersion = apiVersion;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
        } catch (IllegalStateException committed) {
            return;
        }
        response.setHeader("API-Version", apiVersion);
        SecurityHeaders.apply(response);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        byte[] body = Problems.body(status, title(status), detail(status), null, List.of());
        try {
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException gone) {
            // The client went away: nothing more to say to it.
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read: check the path (percent-encoding), the headers and the body";
            case 404 -> "There is no such resource";
            case 405 -> "This method is not allowed here";
            case 408 -> "The request took too long to arrive";
            case 413 -> "The request is larger than this service accepts";
            case 414 -> "The path and query are longer than this service accepts (16 KB with the headers)";
            case 431 -> "The headers are larger than this service accepts (16 KB)";
            case 503 -> "The service cannot answer now; try again shortly";
            default -> status >= 500 ? "Something went wrong on our side; nothing was stored. Please try again."
                    : "The request cannot be handled";
        };
    }
}
