package nl.wegwijzer.ruleset;

import java.util.UUID;
import java.util.concurrent.Semaphore;

import nl.wegwijzer.rules.RuleSet;

/**
 * The impact a caller waits for ({@code POST …/impact}): it decides every stored assessment twice on a
 * request thread, so it is answered only for a store small enough to take seconds, and one at a time
 * on an instance. A larger store, or a second impact while one works, is refused with the way out:
 * an impact run in the background. Without these bounds each call on a store of 100,000 advices would
 * hold a request thread and a core for over half a minute (the background run takes that long).
 */
public final class WaitedImpact {
    private final Impact impact;
    private final int limit;
    private final Semaphore one = new Semaphore(1);

    /** {@code limit}: the most stored assessments an impact is worked out for while the caller waits. */
    public WaitedImpact(Impact impact, int limit) {
        this.impact = impact;
        this.limit = limit;
    }

    public Impact.Report of(UUID draftId, RuleSet draft, int samples) {
        int stored = impact.assessments();
        if (stored > limit) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "There are " + stored + " stored assessments, more than the " + limit
                    + " an impact is worked out for while you wait: start an impact run (POST .../impact-runs) and read its progress",
                    "impact-too-large", stored, limit);
        }
        if (!one.tryAcquire()) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "Another impact is being worked out on this instance: try again when it is done,"
                    + " or start an impact run (POST .../impact-runs)", "impact-busy");
        }
        try {
            return impact.of(draftId, draft, samples);
        } finally {
            one.release();
        }
    }
}
