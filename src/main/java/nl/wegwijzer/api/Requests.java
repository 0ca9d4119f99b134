package nl.wegwijzer.api;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import nl.wegwijzer.advice.Asker;

/** Who is asking, from the current request. */
final class Requests {
    private Requests() {
    }

    static Asker asker() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object correlation = request == null ? null : request.getAttribute(CorrelationFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return new Asker(null, null, correlation == null ? null : correlation.toString());
    }
}
