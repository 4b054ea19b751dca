package eu.twinninghub.api.taxonomy;

public record SupportMode(String id, String en, String uk) implements Label {
}
