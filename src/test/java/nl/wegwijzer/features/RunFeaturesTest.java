package nl.wegwijzer.features;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/** Runs the Dutch scenarios in features/ against the real server, over HTTP. */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories({"rules", "src/test/resources/features"})
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "nl.wegwijzer.features,nl.wegwijzer.scenarios")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, html:target/cucumber-report.html")
public class RunFeaturesTest {
}
