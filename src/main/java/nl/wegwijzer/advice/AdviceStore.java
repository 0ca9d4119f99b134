package nl.wegwijzer.advice;

import java.util.Optional;
import java.util.UUID;

/** Where advices are kept once given. */
public interface AdviceStore {
    /** Keeps the advice together with the facts it was decided from and who asked. */
    void save(Advice advice, IntakeFacts intake, Asker asker);

    Optional<Advice> find(UUID id);
}
