package eu.twinninghub.notifications.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loopback webhook receivers exist for local runs (profiles {@code prod,local}) and tests. A
 * production server with them allowed would let a partner aim webhooks at the pod itself, so it
 * does not start.
 */
@Startup
@ApplicationScoped
public class LoopbackGuard {

    LoopbackGuard(WebhooksConfig webhooks) {
        List<String> profiles = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles();
        if (webhooks.allowLoopback() && profiles.contains("prod") && !profiles.contains("local")) {
            throw new IllegalStateException("TWINNING_WEBHOOKS_ALLOW_LOOPBACK (twinning.webhooks.allow-loopback) is "
                    + "for local runs and tests only; unset it, or start with QUARKUS_PROFILE=prod,local on a "
                    + "workstation");
        }
    }
}
