package nl.wegwijzer.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which rule set is in effect when: published versions, each from its effective moment until a
 * later one takes over. Immutable; a publication makes a new timeline and swaps it in. Versions
 * that can no longer decide today (only as of an earlier date) are compiled when first asked.
 */
public final class Timeline {
    /** One published version: its number, effective moment and rule set (compiled, or compiled on demand). */
    public record Entry(int number, Instant effectiveFrom, String hash, Supplier<RuleSet> ruleSet) {
    }

    private final Entry[] entries;

    private Timeline(List<Entry> sorted) {
        this.entries = sorted.toArray(Entry[]::new);
    }

    /** Later effective moment wins; at the same moment, the higher number (published later). */
    public static Timeline of(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::effectiveFrom).thenComparingInt(Entry::number));
        return new Timeline(sorted);
    }

    public static Timeline always(RuleSet ruleSet) {
        return of(List.of(new Entry(0, Instant.EPOCH, ruleSet.hash(), () -> ruleSet)));
    }

    /** The version in effect at this moment; empty before the first took effect. */
    public Optional<Entry> at(Instant moment) {
        // Few versions, searched from the newest: usually the first or second entry looked at.
        for (int i = entries.length - 1; i >= 0; i--) {
            if (!entries[i].effectiveFrom().isAfter(moment)) {
                return Optional.of(entries[i]);
            }
        }
        return Optional.empty();
    }

    /** The next version to take effect after this moment, if one is scheduled. */
    public Optional<Entry> next(Instant moment) {
        for (Entry entry : entries) {
            if (entry.effectiveFrom().isAfter(moment)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return List.of(entries);
    }
}
