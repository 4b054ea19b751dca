package eu.twinninghub.api.taxonomy;

import java.util.List;

public record Sector(String id, String en, String uk, List<Subsector> subsectors) implements Label {

    public Sector {
        subsectors = List.copyOf(subsectors);
    }
}
