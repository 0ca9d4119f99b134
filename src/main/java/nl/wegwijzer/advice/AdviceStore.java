package nl.wegwijzer.advice;

import java.util.Optional;
import java.util.UUID;

/** Where advices are kept once given. */
public interface AdviceStore {
    void save(Advice advice);

    Optional<Advice> find(UUID id);
}
