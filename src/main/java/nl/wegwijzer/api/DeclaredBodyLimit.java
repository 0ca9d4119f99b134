package nl.wegwijzer.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request body that {@link ContractValidation} would read on the length it declares, before a
 * byte of it is read. Spring reads the first byte of such a body before the contract sees it, and Tomcat
 * answers "100 Continue" at the first read: a caller that waits for that answer before it sends a large
 * upload (curl does) is told 413 instead of sending megabytes into a connection that is reset once the
 * server has refused them. Bodies that do not declare their length are still cut off where they are
 * read; handlers that read their own body (batches) check its declared length themselves.
 */
@Component
public class DeclaredBodyLimit implements HandlerInterceptor, WebMvcConfigurer {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getContentLengthLong() > ContractValidation.MAX_BODY_BYTES && handler instanceof HandlerMethod method
                && readsItsBody(method)) {
            throw new PayloadTooLargeException(ContractValidation.MAX_BODY_BYTES);
        }
        return true;
    }

    /** A request body bound to a parameter (the generated interfaces declare it); Spring caches what is annotated. */
    private static boolean readsItsBody(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }
}
