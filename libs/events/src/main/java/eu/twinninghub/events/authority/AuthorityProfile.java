package eu.twinninghub.events.authority;

import java.util.List;
import java.util.UUID;

/**
 * What other services keep of an authority: enough to decide who may publish and to score
 * matches. {@code officialCode} is KATOTTG for Ukraine, LAU or NUTS in the EU, and null where
 * no official code is known. {@code settlementType} is urban, settlement or village for hromadas;
 * {@code rayon} a hromada's rayon (district) by the register's name for it, null where unknown.
 */
public record AuthorityProfile(
        String kind,
        String country,
        String officialCode,
        String nameOfficial,
        String nameLatin,
        String nameEnglish,
        UUID parentId,
        String settlementType,
        Long population,
        Double latitude,
        Double longitude,
        List<String> languages,
        List<String> sectorsOfInterest,
        List<String> sectorsOfExpertise,
        List<UUID> networkIds,
        String verification,
        String rayon) {
}
