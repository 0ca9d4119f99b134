package nl.wegwijzer.features;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.spring.ScenarioScope;

import org.springframework.stereotype.Component;

/** The intake a scenario is building. */
@Component
@ScenarioScope
public class Intake {
    private final ObjectNode request = Http.JSON.createObjectNode();
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
