package nl.wegwijzer.advice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where advices are kept once given. */
public interface AdviceStore {
    /** Keeps the advice together with the facts it was decided from and who asked. */
    void save(Advice advice, IntakeFacts intake, Asker asker);

    /** An advice with the facts it was decided from and who asked. */
    record Kept(Advice advice, IntakeFacts intake, Asker asker) {
    }

    /** Keeps several advices in one write (a batch's chunk): all of them or, when the write fails, none. */
    default void saveAll(List<Kept> advices) {
        advices.forEach(kept -> save(kept.advice(), kept.intake(), kept.asker()));
    }

    Optional<Advice> find(UUID id);
}
