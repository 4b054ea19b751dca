package eu.twinninghub.api.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One inbox entry, in the reader's language: what happened, and where to look. */
@Schema(name = "Notification", example = """
        {"id": "0f8c…", "type": "match.proposed", "title": "A partner is proposed for your need",
         "body": "Aachen can help with “Restore the district heating” (score 82). Accept or decline within 14 days.",
         "link": "/matches/6b1f…", "createdAt": "2026-11-22T10:15:00Z", "read": false}""")
public record NotificationView(String id, String type, String title, String body, String link, Instant createdAt,
                               boolean read) {
}
