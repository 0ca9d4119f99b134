package nl.wegwijzer.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A PostgreSQL database on 127.0.0.1:5432 (user postgres) made afresh, for a test or a measurement of its own. */
public final class FreshDatabase {
    private FreshDatabase() {
    }

    public static void make(String name) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 cannot be reached as postgres: " + e.getMessage(), e);
        }
    }
}
