package nl.wegwijzer.ruleset;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetException;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * Compiles stored drafts, after checking each is a change of data only. Drafts compile one at a time
 * on their own low-priority thread within a time limit: one policy key cannot occupy the cores that
 * give advice, nor keep a request waiting without end. The last few compiled are kept, so validation,
 * impact, approval and publication of one draft compile it once.
 */
public final class DraftCompiler {
    static final Duration LIMIT = Duration.ofSeconds(60);
    private static final int KEPT = 4;

    private final Versions versions;
    private final RuleSetLoader loader;
    private final Vocabulary vocabulary;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread compiler = new Thread(r, "draft-compiler");
        compiler.setDaemon(true);
        compiler.setPriority(Thread.MIN_PRIORITY);
        return compiler;
    });
    private final Map<UUID, RuleSet> compiled = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RuleSet> eldest) {
            return size() > KEPT;
        }
    });

    public DraftCompiler(Versions versions, RuleSetLoader loader, Vocabulary vocabulary) {
        this.versions = versions;
        this.loader = loader;
        this.vocabulary = vocabulary;
    }

    /** The draft's rules; throws {@link RuleSetException} naming file, row and column, or {@link DraftRefused}. */
    public RuleSet compile(Draft draft) {
        RuleSet known = compiled.get(draft.id());
        if (known != null) {
            return known;
        }
        verify(draft);
        Future<RuleSet> compiling = thread.submit(() -> loader.compile("draft", draft.files()));
        try {
            known = compiling.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            compiling.cancel(true);
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, null, "compiling the draft took longer than "
                    + LIMIT.toSeconds() + " s; it is not used");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        compiled.put(draft.id(), known);
        return known;
    }

    /** The draft against the files of the version it names, which must still be the version it was made from. */
    void verify(Draft draft) {
        Versions.Version base = versions.find(Integer.parseInt(draft.baseVersion()))
                .filter(v -> v.hash().equals(draft.baseHash()))
                .orElseThrow(() -> new DraftRefused(DraftRefused.Kind.NOT_DATA, null, "the draft's base version is unknown"));
        DraftContent.verify(versions.files(base), draft.files(), vocabulary);
    }
}
