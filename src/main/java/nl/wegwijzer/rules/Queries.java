package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.kie.api.KieBase;
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

    /** Whether the compiled rules declare every one of these queries. */
    static boolean declared(KieBase kieBase, List<String> queries) {
        Set<String> declared = new HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getQueries().forEach(q -> declared.add(q.getName())));
        return declared.containsAll(queries);
    }

    /**
     * Reads tables that define rather than decide, once: a session of their own with only the request
     * fact their rows match on, fired, and read through {@code read}; disposed whatever happens.
     */
    static <T> T readOnce(KieBase kieBase, Object request, Function<KieSession, T> read) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(request);
            session.fireAllRules();
            return read.apply(session);
        } finally {
            session.dispose();
        }
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
