package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every response names the contract version it speaks, errors included. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiVersionFilter extends OncePerRequestFilter {
    public static final String HEADER = Contract.VERSION_HEADER;
    private final String version;

    public ApiVersionFilter(Contract contract) {
        this.version = contract.version();
    }

    /** Also on the container's error dispatch: answers written there carry the header too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, version);
        chain.doFilter(request, response);
    }
}
