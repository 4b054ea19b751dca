package eu.twinninghub.api.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnreadCount", example = "{\"unread\": 3}")
public record UnreadCount(long unread) {
}
