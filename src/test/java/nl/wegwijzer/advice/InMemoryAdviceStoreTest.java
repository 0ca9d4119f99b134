package nl.wegwijzer.advice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryAdviceStoreTest {
    private static Advice advice() {
        Decision decision = new Decision("v", "h", new MunicipalityMatch("x", false, null, null), List.of(), List.of(), List.of(), List.of());
        return new Advice(UUID.randomUUID(), null, Instant.now(), decision, new Text("nl", "en"));
    }

    @Test
    void keepsTheMostRecentAdvicesWithinItsCapacity() {
        InMemoryAdviceStore store = new InMemoryAdviceStore(2);
        Advice first = advice();
        Advice second = advice();
        Advice third = advice();
        store.save(first);
        store.save(second);
        store.save(third);
        assertThat(store.find(first.id())).isEmpty();
        assertThat(store.find(second.id())).contains(second);
        assertThat(store.find(third.id())).contains(third);
        assertThat(store.evicted()).isEqualTo(1);
    }
}
