package eu.twinninghub.testing;

import java.util.function.Supplier;

/**
 * One instance of a server per test JVM, started on first use and stopped when the JVM exits.
 * Quarkus restarts the application (and its test resources) for every test profile; the servers
 * behind them are too slow to start for that to be per class.
 */
final class SharedInfrastructure<T> {

    private final Supplier<T> starter;
    private final java.util.function.Consumer<T> stopper;
    private T instance;

    SharedInfrastructure(Supplier<T> starter, java.util.function.Consumer<T> stopper) {
        this.starter = starter;
        this.stopper = stopper;
    }

    synchronized T get() {
        if (instance == null) {
            instance = starter.get();
            T started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopper.accept(started), "stop-test-infrastructure"));
        }
        return instance;
    }
}
