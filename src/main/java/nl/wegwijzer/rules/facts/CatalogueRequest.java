package nl.wegwijzer.rules.facts;

/**
 * Inserted only when the adapter reads the rule set's reference tables (pathways, municipalities,
 * availability, cohorts) at load time, so that those rows never fire during an assessment.
 */
public final class CatalogueRequest {
    public boolean isActive() {
        return true;
    }
}
