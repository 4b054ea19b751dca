package eu.twinninghub.api.taxonomy;

public record Subsector(String id, String en, String uk) implements Label {
}
