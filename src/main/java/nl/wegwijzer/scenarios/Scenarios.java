package nl.wegwijzer.scenarios;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.cucumber.core.backend.ObjectFactory;
import io.cucumber.core.options.CucumberPropertiesParser;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;

import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.rules.RuleSet;

/**
 * Runs the rule scenarios that travel with a rule set (the {@code .feature} files next to its tables,
 * those tagged {@code @regels}) in process against it, with the same step definitions the test suite
 * runs over HTTP, and reports which passed, which failed and which table rows no scenario made fire.
 * A draft's scenarios are the draft's own: a change to a table can carry the change to its scenarios.
 */
public final class Scenarios {
    public static final String TAG = "@regels";
    private static final String GLUE = Scenarios.class.getPackageName();

    /** Opens an in-process exchange deciding with the given rules; every decision's fired rules go to the sink. */
    public interface ExchangeFactory {
        Exchange open(RuleSet rules, Consumer<List<String>> firedRules);
    }

    public record Failure(String feature, String scenario, Integer line, String message) {
    }

    public record Result(int passed, int failed, List<Failure> failures, List<RuleSet.TableRow> uncoveredRows, String note) {
        /** No run, and why. */
        public static Result none(String why) {
            return new Result(0, 0, List.of(), List.of(), why);
        }
    }

    private final ExchangeFactory exchanges;
    private final Vocabulary vocabulary;

    public Scenarios(ExchangeFactory exchanges, Vocabulary vocabulary) {
        this.exchanges = exchanges;
        this.vocabulary = vocabulary;
    }

    /** One run at a time: a run is a few seconds of one core, and Cucumber's runtime is not meant to be shared. */
    public synchronized Result run(RuleSet rules) {
        Map<String, byte[]> scenarios = rules.scenarios();
        if (scenarios.isEmpty()) {
            return Result.none("no scenarios travel with these rules");
        }
        Path features;
        try {
            features = ScenarioFolder.write(scenarios);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            return run(rules, features);
        } finally {
            ScenarioFolder.delete(features);
        }
    }

    private Result run(RuleSet rules, Path features) {
        Set<String> fired = Collections.synchronizedSet(new HashSet<>());
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger passed = new java.util.concurrent.atomic.AtomicInteger();
        ConcurrentEventListener listener = (EventPublisher publisher) -> publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            Status status = e.getResult().getStatus();
            if (status == Status.PASSED) {
                passed.incrementAndGet();
            } else {
                Throwable error = e.getResult().getError();
                String message = error != null ? firstLine(error.getMessage())
                        : status == Status.UNDEFINED ? "a step has no definition in process" : status.name();
                String path = features.toUri().relativize(e.getTestCase().getUri()).getPath();
                failures.add(new Failure(path, e.getTestCase().getName(), e.getTestCase().getLine(), message));
            }
        });
        Map<String, String> properties = Map.of(
                "cucumber.features", features.toString(),
                "cucumber.glue", GLUE,
                "cucumber.filter.tags", TAG,
                "cucumber.publish.quiet", "true",
                "cucumber.plugin", "");
        // One factory for the whole run: Cucumber asks the supplier more than once and expects the same one.
        Steps steps = new Steps(() -> exchanges.open(rules, fired::addAll), vocabulary);
        Runtime.builder()
                .withRuntimeOptions(new CucumberPropertiesParser().parse(properties).build())
                .withClassLoader(() -> Scenarios.class.getClassLoader())
                .withObjectFactorySupplier(() -> steps)
                .withAdditionalPlugins(listener)
                .build()
                .run();
        List<RuleSet.TableRow> uncovered = rules.tableRows().values().stream()
                .filter(row -> !fired.contains(row.rule())).toList();
        return new Result(passed.get(), failures.size(), List.copyOf(failures), uncovered, null);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "failed";
        }
        String line = message.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip() + " ...";
    }

    /** Step classes per scenario, with the scenario's exchange and intake handed to their constructors. */
    private static final class Steps implements ObjectFactory {
        private final java.util.function.Supplier<Exchange> exchange;
        private final Vocabulary vocabulary;
        private final Map<Class<?>, Object> instances = new HashMap<>();

        Steps(java.util.function.Supplier<Exchange> exchange, Vocabulary vocabulary) {
            this.exchange = exchange;
            this.vocabulary = vocabulary;
        }

        @Override
        public boolean addClass(Class<?> glueClass) {
            return true;
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
            instances.clear();
        }

        @Override
        public <T> T getInstance(Class<T> type) {
            Object instance = instances.get(type);
            if (instance == null) {
                instance = create(type);
                instances.put(type, instance);
            }
            return type.cast(instance);
        }

        private Object create(Class<?> type) {
            if (type == Exchange.class) {
                return exchange.get();
            }
            if (type == Vocabulary.class) {
                return vocabulary;
            }
            try {
                Constructor<?> constructor = type.getConstructors()[0];
                Object[] arguments = new Object[constructor.getParameterCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = getInstance(constructor.getParameterTypes()[i]);
                }
                return constructor.newInstance(arguments);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("step class " + type.getName() + " cannot be made", e);
            }
        }
    }
}
