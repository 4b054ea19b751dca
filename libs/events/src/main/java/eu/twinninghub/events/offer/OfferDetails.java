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
}
