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
        String dreamProjectId) {

    /** v1 of the posting events required the title, and any description, in Ukrainian or English. */
    public boolean fitsPreviousVersion() {
        return title.inUkrainianOrEnglish() && (description == null || description.inUkrainianOrEnglish());
    }
}
