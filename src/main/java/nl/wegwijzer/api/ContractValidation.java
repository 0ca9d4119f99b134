package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every JSON request body against its schema in the contract before it is bound, so that a
 * caller hears about every invalid field at once (Jackson alone stops at the first). Also enforces
 * the 64 KiB limit and the bounds of {@link JsonBodies}, and treats {@code null} as an omitted field.
 */
@ControllerAdvice
public class ContractValidation extends RequestBodyAdviceAdapter {
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final Contract contract;

    public ContractValidation(Contract contract) {
        this.contract = contract;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && contract.hasSchema(type.getSimpleName());
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        JsonNode tree = JsonBodies.parse(readLimited(input.getBody()));
        Contract.dropNulls(tree);
        List<Contract.FieldError> errors = contract.validate(((Class<?>) targetType).getSimpleName(), tree);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        byte[] clean = JsonBodies.mapper().writeValueAsBytes(tree);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input.getHeaders());
        headers.setContentLength(clean.length);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(clean);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException(MAX_BODY_BYTES);
        }
        return body;
    }
}
