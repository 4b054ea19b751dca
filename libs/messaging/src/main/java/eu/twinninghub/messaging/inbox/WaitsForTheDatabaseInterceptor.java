package eu.twinninghub.messaging.inbox;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs before {@code @Transactional} (priority 200), so that a failed transaction is retried whole. */
@WaitsForTheDatabase
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class WaitsForTheDatabaseInterceptor {

    private final DatabaseOutages outages;

    public WaitsForTheDatabaseInterceptor(DatabaseOutages outages) {
        this.outages = outages;
    }

    @AroundInvoke
    Object consume(InvocationContext call) throws Exception {
        return outages.call(call.getMethod().getDeclaringClass().getSimpleName(), call::proceed);
    }
}
