package nl.wegwijzer.ruleset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Effective moments are now or later: history is never rewritten, so advice as of a date stays reproducible. */
final class Timing {
    /** Clocks of caller and server differ a little; "now" from a caller may arrive slightly in the past. */
    private static final Duration SKEW = Duration.ofMinutes(2);

    private Timing() {
    }

    /** The moment a version takes effect: as asked, or now when asked for "now" by a clock a little behind. */
    static Instant effective(Instant effectiveFrom, Clock clock) {
        if (effectiveFrom == null) {
            throw new Refusal(Refusal.Kind.INVALID, "effectiveFrom", "is required (a date-time, now or later)", "moment-required");
        }
        if (effectiveFrom.isBefore(clock.instant().minus(SKEW))) {
            throw new Refusal(Refusal.Kind.INVALID, "effectiveFrom",
                    "must be now or later; a version cannot take effect in the past", "moment-past");
        }
        Instant now = clock.instant();
        return effectiveFrom.isBefore(now) ? now : effectiveFrom;
    }
}
