package eu.twinninghub.events.offer;

import eu.twinninghub.events.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/** An offer as published; {@code capacity} is how many partners it can serve at once. */
public record OfferDetails(
        LocalizedText title,
        LocalizedText description,
        List<String> sectors,
        List<String> subsectors,
        List<String> supportModes,
        List<String> expertiseTags,
        int capacity,
        List<String> languages,
        LocalDate availableFrom,
        LocalDate availableUntil,
        Integer staffDays,
        Long fundingEur,
        String equipment) {

    /** v1 of the posting events required the title, and any description, in Ukrainian or English. */
    public boolean fitsPreviousVersion() {
        return title.inUkrainianOrEnglish() && (description == null || description.inUkrainianOrEnglish());
    }
}
