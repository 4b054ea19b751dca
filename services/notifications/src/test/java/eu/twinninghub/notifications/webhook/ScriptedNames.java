package eu.twinninghub.notifications.webhook;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name service, with answers a test may script for names under {@code .partner.test} (no DNS
 * server can be run here): each lookup takes the next answer, the last one repeats. Every other
 * name goes to the JVM's resolver, as in production.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ScriptedNames extends Names {

    private static final Map<String, Deque<InetAddress[]>> ANSWERS = new ConcurrentHashMap<>();

    /** From now on {@code host} resolves to each of {@code answers} in turn, then to the last for ever. */
    public static void script(String host, String... answers) {
        Deque<InetAddress[]> queue = new ArrayDeque<>();
        for (String answer : answers) {
            try {
                queue.add(new InetAddress[] {InetAddress.getByName(answer)});
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(answer, e);
            }
        }
        ANSWERS.put(host, queue);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Deque<InetAddress[]> answers = ANSWERS.get(host);
        if (answers == null) {
            return super.resolve(host);
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }
}
