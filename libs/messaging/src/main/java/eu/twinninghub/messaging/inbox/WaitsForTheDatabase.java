package eu.twinninghub.messaging.inbox;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a consumer method that applies an event in its own transaction ({@code @Transactional}): while
 * the database does not answer, the event waits for it instead of going to the dead-letter topic
 * ({@link DatabaseOutages}). The wait wraps the transaction, so each attempt is a transaction of its own.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WaitsForTheDatabase {
}
