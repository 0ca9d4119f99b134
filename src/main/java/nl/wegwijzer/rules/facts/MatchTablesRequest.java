package nl.wegwijzer.rules.facts;

/**
 * Inserted only when the adapter reads the rule set's matching tables (Samen Hier) after compiling, so
 * that their rows never fire during an assessment. Unlike the catalogue's rows they count as decision
 * rows: a match names the row that scored each criterion, and table coverage asks for an example.
 */
public final class MatchTablesRequest {
    public boolean isActive() {
        return true;
    }
}
