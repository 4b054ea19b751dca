package eu.twinninghub.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/** The data of one event type. The aggregate id becomes the CloudEvent subject and the record key. */
public interface EventData {

    @JsonIgnore
    UUID aggregateId();
}
