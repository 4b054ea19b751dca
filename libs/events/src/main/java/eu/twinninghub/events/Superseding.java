package eu.twinninghub.events;

/**
 * Data of an event type that replaced an older version of itself. Subscribers who still ask for the
 * older version are sent this data under the older type whenever it is valid data of that type too.
 */
public interface Superseding extends EventData {

    /** Whether this data also fits the schema of the version it replaced. */
    boolean fitsPreviousVersion();
}
