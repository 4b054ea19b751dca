package eu.twinninghub.testing;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * {@code make test-quick} ({@code -Dtwinning.tests=unit}) runs only the tests that start nothing:
 * it leaves out every class that boots a Quarkus application and every test tagged
 * {@value #INFRASTRUCTURE} (one that starts a server itself). Registered through the ServiceLoader,
 * so no module has to name it; without the property every test runs.
 */
public final class UnitTestsOnly implements PostDiscoveryFilter {

    /** The tag of a plain JUnit test that starts real infrastructure (a broker, a database, Keycloak). */
    public static final String INFRASTRUCTURE = "infrastructure";

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!"unit".equals(System.getProperty("twinning.tests"))) {
            return FilterResult.included("every test runs");
        }
        if (descriptor.getTags().contains(TestTag.create(INFRASTRUCTURE))) {
            return FilterResult.excluded("starts real infrastructure");
        }
        return testClass(descriptor).filter(UnitTestsOnly::bootsQuarkus)
                .map(type -> FilterResult.excluded("boots Quarkus"))
                .orElseGet(() -> FilterResult.included("a unit test"));
    }

    /**
     * By name, not by class: Quarkus loads its test classes in a class loader of its own, where
     * {@code QuarkusTest} is another class than the one this filter sees.
     */
    private static boolean bootsQuarkus(Class<?> type) {
        return Arrays.stream(type.getAnnotations()).map(annotation -> annotation.annotationType().getName())
                .anyMatch(name -> name.equals(QuarkusTest.class.getName())
                        || name.equals(QuarkusIntegrationTest.class.getName()));
    }

    private static Optional<Class<?>> testClass(TestDescriptor descriptor) {
        return descriptor.getSource().map(source -> {
            if (source instanceof ClassSource type) {
                return type.getJavaClass();
            }
            return source instanceof MethodSource method ? method.getJavaClass() : null;
        });
    }
}
