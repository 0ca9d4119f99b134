package nl.wegwijzer.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every JSON request body against its schema in the contract before it is bound, so that a
 * caller hears about every invalid field at once (Jackson alone stops at the first). Also enforces
 * the 64 KiB limit and treats {@code null} as an omitted field.
 */
@ControllerAdvice
public class ContractValidation extends RequestBodyAdviceAdapter {
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final Contract contract;
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
        byte[] body = readLimited(input.getBody());
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonParseException malformed) {
            throw new InvalidRequestException("The body is not well-formed JSON: " + location(malformed),
                    List.of(new Contract.FieldError("", "", "not well-formed JSON: " + location(malformed))));
        } catch (JsonProcessingException malformed) {
            throw new InvalidRequestException("The body is not well-formed JSON",
                    List.of(new Contract.FieldError("", "", "not well-formed JSON: " + malformed.getOriginalMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidRequestException("The body is empty",
                    List.of(new Contract.FieldError("", "", "a JSON object is required")));
        }
        Contract.dropNulls(tree);
        List<Contract.FieldError> errors = contract.validate(((Class<?>) targetType).getSimpleName(), tree);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        byte[] clean = json.writeValueAsBytes(tree);
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

    private static String location(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e.getLocation() != null) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

}
