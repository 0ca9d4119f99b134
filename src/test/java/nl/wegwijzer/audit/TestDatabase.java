package nl.wegwijzer.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before the first test context starts on PostgreSQL: the test database is made afresh (dropped if an
 * earlier run left it), so every run starts from an empty database as it does on H2; or the run
 * stops with a message that says the server cannot be reached.
 */
public class TestDatabase implements EnvironmentPostProcessor {
    private static boolean fresh;

    private static final Pattern POSTGRES = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Matcher url = POSTGRES.matcher(environment.getProperty("spring.datasource.url", ""));
        // Only the suite's own database: a service started on the test classpath for the benchmark or the
        // load with faults keeps its database across restarts.
        if (url.matches() && url.group(2).equals("wegwijzer_test")) {
            ensure(url.group(1), url.group(2), environment.getProperty("spring.datasource.username", "postgres"),
                    environment.getProperty("spring.datasource.password", ""));
        }
    }

    static synchronized void ensure(String server, String database, String user, String password) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user, password);
             PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            if (!fresh) {
                try (Statement drop = admin.createStatement()) {
                    drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
                fresh = true;
            }
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    try (Statement create = admin.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " cannot be reached as '" + user + "' (" + e.getMessage()
                    + "). Start it, e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start", e);
        }
    }
}
