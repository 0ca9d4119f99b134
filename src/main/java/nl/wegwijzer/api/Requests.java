package nl.wegwijzer.api;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import nl.wegwijzer.access.Caller;
import nl.wegwijzer.advice.Asker;

/** Who is asking, from the current request's authentication. */
final class Requests {
    private Requests() {
    }

    static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return nl.wegwijzer.access.Callers.of(authentication)
                .orElseThrow(() -> new IllegalStateException("no authenticated caller on this request"));
    }

    static Asker asker() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object correlation = request == null ? null : request.getAttribute(CorrelationFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Caller caller = caller();
        return new Asker(caller.clientId(), caller.mainRole(), correlation == null ? null : correlation.toString());
    }

    /** A client reads only its own records; an auditor reads all. */
    static void mayRead(String owner) {
        Caller caller = caller();
        if (!caller.readsAll() && (owner == null || !owner.equals(caller.clientId()))) {
            throw new ForbiddenException("This record belongs to another client");
        }
    }

    /** Only the client that made an assessment acts on it. */
    static void mayAct(String owner) {
        Caller caller = caller();
        if (owner == null || !owner.equals(caller.clientId())) {
            throw new ForbiddenException("This record belongs to another client");
        }
    }
}
