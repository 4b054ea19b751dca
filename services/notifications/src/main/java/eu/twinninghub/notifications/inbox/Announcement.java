package eu.twinninghub.notifications.inbox;

import eu.twinninghub.notifications.templates.Texts;

/** What one authority is told about one event (or one digest): the key that makes it once, and the texts. */
public record Announcement(String cause, String authorityId, String type, Texts.Translated texts, String link) {
}
