package nl.wegwijzer.audit;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading parts of a stored advice (the JSON of nl.wegwijzer.advice.Advice) without binding all of it. */
final class StoredAdvice {
    private StoredAdvice() {
    }

    /** The stored advice's pathways. */
    static JsonNode pathways(ObjectMapper json, String advice) {
        try {
            return json.readTree(advice).path("decision").path("pathways");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored advice cannot be read", e);
        }
    }

    /** Codes of the pathways the stored advice recommended, in catalogue order. */
    static List<String> recommended(ObjectMapper json, String advice) {
        List<String> codes = new ArrayList<>();
        for (JsonNode pathway : pathways(json, advice)) {
            if ("RECOMMENDED".equals(pathway.path("status").asText())) {
                codes.add(pathway.path("code").asText());
            }
        }
        return codes;
    }
}
