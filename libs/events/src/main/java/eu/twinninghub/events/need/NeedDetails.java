package eu.twinninghub.events.need;

import eu.twinninghub.events.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/** A need as published; sector, subsector and support-mode ids come from the sector taxonomy. */
public record NeedDetails(
        LocalizedText title,
        LocalizedText description,
        String sector,
        List<String> subsectors,
        List<String> supportModes,
        List<String> expertiseTags,
        String urgency,
        List<String> languages,
        LocalDate startBy,
        LocalDate endBy,
        Long budgetEur,
        Integer peopleServed,
        String dreamProjectId,
        List<String> fundingProgrammes) {

    public NeedDetails {
        // Added to v2 as an optional field: events written before it carry none.
        fundingProgrammes = fundingProgrammes == null ? List.of() : fundingProgrammes;
    }

    /** v1 of the posting events required the title, and any description, in Ukrainian or English. */
    public boolean fitsPreviousVersion() {
        return title.inUkrainianOrEnglish() && (description == null || description.inUkrainianOrEnglish());
    }
}
