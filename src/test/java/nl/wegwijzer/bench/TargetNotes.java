package nl.wegwijzer.bench;

import java.util.Map;

/**
 * Why a target is not met and what it would take, for the report's last section: what the sections
 * above measure, and levers tried on this machine outside the report (dated).
 */
final class TargetNotes {
    private TargetNotes() {
    }

    static final Map<String, String> WHY = Map.of(
            "engine ≥ 100,000 advices/s on one thread, explanations intact",
            "Firing the rules takes about two thirds of an advice (see step by step): a new session with every table row a rule,"
                    + " about 50 of 518 rules firing per intake, and the advice layer joining findings to pathways. Tried on 3 Dec 2026:"
                    + " the executable rule model (`drools-model-compiler`, compiling the same generated DRL) fired in the same time"
                    + " (56–57 µs against 56 µs) and took 5.8 s to compile instead of about 1.3 s; a pooled session reset after each"
                    + " advice fired in 39 µs instead of 56 µs, but reset sessions broke the subgroup table's activation group under"
                    + " concurrency before (commit 39ed8a0), so it stays out. 100,000/s is 10 µs an advice: it would take deciding the"
                    + " tables outside a Rete session (rows indexed by the facts they test), which would no longer be Drools deciding.",
            "HTTP advice at 32 connections ≥ 0.5× the bare endpoint, audit on H2",
            "The bare endpoint does everything but decide and store, so the ratio is bounded by the engine: at 32 connections both"
                    + " cores are busy and a stored advice costs the engine's time, writing its JSON twice (answer and audit) and an H2"
                    + " insert on top of the bare request. Storing was a third of a stored request (profiled 3 Dec 2026), a third of that"
                    + " Spring Data JDBC's aggregate machinery; a plain INSERT now. Meeting it needs the engine several times faster (above).",
            "HTTP advice at 32 connections ≥ 0.8× the bare endpoint, not stored",
            "As above without the database: the preview differs from the bare endpoint by the engine and by turning the advice into"
                    + " the contract's JSON. Taken apart on 3 Dec 2026 (evening; wrk, 32 connections, one service with endpoints that"
                    + " each add one step to the bare one; core time per request, two cores divided by the rate): the bare endpoint"
                    + " 175-220 µs; writing the advice's JSON from its model instead of prepared bytes +80 µs; deciding it (the engine"
                    + " under the service's 32 threads, about twice what JMH measures on two threads) +290 µs; mapping the decision to"
                    + " the contract's model +60 µs; the generated interface with the body checked against the contract +120 µs. Meeting"
                    + " 0.8× needs everything the advice adds to cost a quarter of a bare request, about 50 µs: less than the engine"
                    + " alone.",
            "p99 ≤ 20 ms at 32 connections (stored, H2)",
            "At 32 connections on two cores requests queue behind each other; p99 follows throughput (the bare endpoint's own p99"
                    + " is near 20 ms on this machine). A faster engine is the lever. Tried on 3 Dec 2026 (afternoon, same-run comparison, two"
                    + " services each): a fair queue letting at most two decisions (one per core) into the engine at once halved p99"
                    + " (stored 198-205 -> 92-110 ms, preview 143-165 -> 80-81 ms on a slower afternoon) but cost the preview 8-11% of its"
                    + " throughput; left out.",
            "resident memory ≤ 300 MB at -Xmx256m under load",
            "The breakdown above: the heap alone is committed to its 256 MB under load, and the JVM's own areas (class metadata of"
                    + " Spring, Drools and the generated rule classes, compiled code, the collector) add about as much again. Tried on"
                    + " 3 Dec 2026: the serial collector with a 64 MB code cache and smaller thread stacks gave 562 MB instead of 584 MB."
                    + " 300 MB would need a smaller heap than the target names, or far fewer classes loaded.",
            "start-up to first advice ≤ 5 s",
            "Of about 11 s from the jar (3 Dec 2026, fresh H2): about 3 s to the Spring context and Flyway, 4.3 s compiling the rule"
                    + " set in a cold JVM, 2.4 s for the rest of the context. Tried: class data sharing (`-XX:ArchiveClassesAtExit`,"
                    + " and a static archive from a class list) crashed this JDK (17.0.15, Debian) while writing the archive. Compiling"
                    + " the rules folder on a thread of its own beside the rest of the start saved about 0.5 s of 11 (both cores"
                    + " are busy starting either way) and was left out. Folding the reference tables' rows into a rule per"
                    + " hundred (the 342 municipality rows are 4 rules) took about half a second off compiling the rule set in a"
                    + " cold JVM (5.4 -> 4.9 s, same machine, 3 Dec 2026 afternoon); the rest is Drools, MVEL and the Java compiler"
                    + " warming up. Tried on 3 Dec 2026 (evening, from the jar extracted with `-Djarmode=tools`): Temurin 25 (on this"
                    + " machine under /usr/lib/jvm) with an ahead-of-time cache made by a training start (`-XX:AOTCacheOutput`,"
                    + " `-Dspring.context.exit=onRefresh`) started in 14.7 s against 19.4 s without it and 20.4 s on Java 17 (a slow"
                    + " hour): the context to Flyway 4.2 s instead of 6.4, compiling the rules 5.3 s instead of 7.2. Not adopted: the"
                    + " project builds and is tested on Java 17, and 5 s would still be about a third of what remains.",
            "100,000 batch intakes in under 60 s (audit on H2)",
            "One background worker decides batches a hundred lines per transaction, leaving the other core to interactive advice.",
            "advice time growing at most logarithmically with table rows (10×, 100×, 1,000×)",
            "Reference tables (municipalities, availability) are read once at load, their rows folded into a rule per hundred"
                    + " (`FoldedReferenceRows`, 3 Dec 2026): at 1,000× the 342,000 municipality rows are 3,420 rules, and the rule set"
                    + " loads in about a minute (before, each row was a rule and it did not load within 6 minutes). What still grows per"
                    + " advice is the decision tables' share of the network: at 1,000× the 14,000 obligation rows are 14,000 rules in"
                    + " every session. A draft holds at most 1,000 rows a table (`TableShape.MAX_ROWS`), so tables of that size can only"
                    + " come from the repository's rules folder.");
}
