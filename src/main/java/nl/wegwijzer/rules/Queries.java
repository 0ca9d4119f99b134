package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Reads what a session concluded through the queries the rule files declare (advies/advies.drl):
 * the rules say what an advice consists of; nothing is fished out of working memory by type.
 */
final class Queries {
    private Queries() {
    }

    /** Every object the query binds to its one variable. */
    static <T> List<T> all(KieSession session, String query, Class<T> type) {
        QueryResults results = session.getQueryResults(query);
        String variable = variable(results.getIdentifiers(), query);
        List<T> found = new ArrayList<>(results.size());
        for (QueryResultsRow row : results) {
            found.add(type.cast(row.get(variable)));
        }
        return found;
    }

    private static String variable(String[] identifiers, String query) {
        for (String identifier : identifiers) {
            if (identifier.startsWith("$")) {
                return identifier;
            }
        }
        throw new IllegalStateException("the query '" + query + "' binds no variable");
    }
}
