package eu.twinninghub.notifications.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name service a webhook's host is looked up in: the JVM's own, which honours the system's. */
@ApplicationScoped
public class Names {

    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
