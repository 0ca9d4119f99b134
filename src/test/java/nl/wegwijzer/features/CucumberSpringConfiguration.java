package nl.wegwijzer.features;

import io.cucumber.spring.CucumberContextConfiguration;

import org.springframework.boot.test.context.SpringBootTest;

import nl.wegwijzer.WegwijzerApplication;

/** One application for all scenarios: the real service on a random port, with the rules in ./rules. */
@CucumberContextConfiguration
@SpringBootTest(classes = WegwijzerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class CucumberSpringConfiguration {
}
