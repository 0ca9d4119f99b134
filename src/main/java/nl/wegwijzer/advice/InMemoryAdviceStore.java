package nl.wegwijzer.advice;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keeps advices for the life of the process; persistence replaces it. */
public final class InMemoryAdviceStore implements AdviceStore {
    private final ConcurrentMap<UUID, Advice> advices = new ConcurrentHashMap<>();

    @Override
    public void save(Advice advice) {
        advices.put(advice.id(), advice);
    }

    @Override
    public Optional<Advice> find(UUID id) {
        return Optional.ofNullable(advices.get(id));
    }
}
