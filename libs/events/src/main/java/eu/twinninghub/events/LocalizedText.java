package eu.twinninghub.events;

/** A text in Ukrainian and/or English; at least one is present. */
public record LocalizedText(String uk, String en) {
}
