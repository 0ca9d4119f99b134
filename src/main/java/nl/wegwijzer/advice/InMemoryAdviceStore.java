package nl.wegwijzer.advice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the most recent advices for the life of the process, so that memory stays bounded under
 * load; the database store of the persistence issue replaces it. Evictions are counted, never
 * logged with content.
 */
public final class InMemoryAdviceStore implements AdviceStore {
    private final int capacity;
    private final Map<UUID, Advice> advices;
    private long evicted;

    public InMemoryAdviceStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.advices = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Advice> eldest) {
                if (size() > InMemoryAdviceStore.this.capacity) {
                    evicted++;
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public synchronized void save(Advice advice) {
        advices.put(advice.id(), advice);
    }

    @Override
    public synchronized Optional<Advice> find(UUID id) {
        return Optional.ofNullable(advices.get(id));
    }

    /** How many advices were dropped to stay within the capacity. */
    public synchronized long evicted() {
        return evicted;
    }
}
