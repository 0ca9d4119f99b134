package nl.wegwijzer.features;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.spring.ScenarioScope;

import org.springframework.stereotype.Component;

/** The intake a scenario is building. */
@Component
@ScenarioScope
public class Intake {
    private final ObjectNode request = Http.JSON.createObjectNode();

    public ObjectNode request() {
        return request;
    }
}
