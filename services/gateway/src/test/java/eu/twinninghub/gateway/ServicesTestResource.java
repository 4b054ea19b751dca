package eu.twinninghub.gateway;

import eu.twinninghub.testing.TestServices;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the gateway at the real services, started as processes from their built jars. */
public class ServicesTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestServices services = TestServices.shared();
        return Map.of(
                "twinning.downstream.authority-profiles", services.url("authority-profiles").toString(),
                "twinning.downstream.needs-offers", services.url("needs-offers").toString(),
                "twinning.downstream.matching", services.url("matching").toString(),
                "twinning.downstream.notifications", services.url("notifications").toString());
    }

    @Override
    public void stop() {
        // The services outlive application restarts between test profiles; they stop with the test JVM.
    }
}
