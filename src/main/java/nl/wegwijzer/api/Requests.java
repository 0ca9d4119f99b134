package nl.wegwijzer.api;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import nl.wegwijzer.access.Caller;
import nl.wegwijzer.advice.Asker;

/** Who is asking, from the current request. */
final class Requests {
    private Requests() {
    }

    static Caller caller() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object caller = request == null ? null : request.getAttribute(AccessFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return (Caller) caller;
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
