package nl.wegwijzer.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a body on the length it declares, before a byte of it is read. Spring reads the first byte of
 * a body before the contract sees it, and Tomcat answers "100 Continue" at the first read: a caller
 * that waits for that answer before it sends a large upload (curl does) is told 413 instead of sending
 * megabytes into a connection that is reset once the server has refused them. Bodies that do not
 * declare their length are still cut off where they are read ({@link ContractValidation}, batches).
 */
@Component
public class DeclaredBodyLimit implements HandlerInterceptor, WebMvcConfigurer {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long declared = request.getContentLengthLong();
        if (declared <= 0 || !(handler instanceof HandlerMethod method) || isMultipart(request)) {
            // Uploaded tables are bounded by the multipart limits and the draft's own checks.
            return true;
        }
        int limit = method.getBeanType() == BatchesController.class ? BatchesController.MAX_BODY_BYTES : ContractValidation.MAX_BODY_BYTES;
        if (declared > limit) {
            throw new PayloadTooLargeException(limit);
        }
        return true;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
