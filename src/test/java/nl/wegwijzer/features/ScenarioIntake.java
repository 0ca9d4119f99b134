package nl.wegwijzer.features;

import io.cucumber.spring.ScenarioScope;

import org.springframework.stereotype.Component;

import nl.wegwijzer.scenarios.IntakeRequest;

/** The intake being built, one per scenario, for the shared rule steps and the HTTP-only steps alike. */
@Component
@ScenarioScope
public class ScenarioIntake extends IntakeRequest {
}
