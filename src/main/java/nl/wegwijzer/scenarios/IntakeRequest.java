package nl.wegwijzer.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The intake a scenario is building: one per scenario. */
public class IntakeRequest {
    private final ObjectNode request = JsonNodeFactory.instance.objectNode();
    private String reference;

    public ObjectNode request() {
        return request;
    }

    /** A reference no earlier run used, so that audit queries see only this scenario's advices. */
    public String newReference() {
        if (reference == null) {
            reference = "AUD-" + java.util.UUID.randomUUID().toString().substring(0, 18);
        }
        return reference;
    }

    public String reference() {
        return reference;
    }
}
