package nl.wegwijzer.rules.facts;

/**
 * Inserted only when the adapter reads the household tables (rules/gezinsdomeinen/huishouden.drl.csv)
 * after compiling, so that their rows never fire during one person's assessment. Like the matching
 * tables they count as decision rows: a household advice names the row behind each shared item and
 * each child's reason, and table coverage asks for an example.
 */
public final class HouseholdTablesRequest {
    public boolean isActive() {
        return true;
    }
}
