package eu.twinninghub.api.offer;

import eu.twinninghub.api.posting.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an authority can give: sectors, subsectors and support modes from the taxonomy;
 * {@code capacity} is how many partners at once; resources are optional.
 */
@Schema(name = "OfferInput", example = """
        {"authorityId":"ec3e94a9-215a-3408-8a62-d8cfc0eced84",
         "title":{"en":"District heating expertise from Aachen's municipal utility","uk":"Досвід централізованого теплопостачання"},
         "description":{"en":"Engineers of our utility advise on heat network modernisation and heat pumps"},
         "sectors":["energy"],"subsectors":["energy-district-heating"],
         "supportModes":["technical-assistance","expert-secondment","peer-exchange"],
         "expertiseTags":["district heating","heat pumps"],"capacity":2,"languages":["de","en"],
         "availableFrom":"2027-01-01","availableUntil":"2027-12-31","staffDays":60}""")
public record OfferInput(
        @NotNull UUID authorityId,
        @NotNull @Valid Texts title,
        @Valid Texts description,
        @NotEmpty @Size(max = 15) List<@NotNull String> sectors,
        @Size(max = 30) List<@NotNull String> subsectors,
        @NotEmpty @Size(max = 7) List<@NotNull String> supportModes,
        @Size(max = 30) List<@NotNull @Size(min = 2, max = 60) String> expertiseTags,
        @NotNull @Min(1) @Max(50) Integer capacity,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as de or en") String> languages,
        LocalDate availableFrom,
        LocalDate availableUntil,
        @PositiveOrZero Integer staffDays,
        @PositiveOrZero Long fundingEur,
        @Size(max = 2000) String equipment) {

    public OfferInput {
        subsectors = subsectors == null ? List.of() : subsectors;
        expertiseTags = expertiseTags == null ? List.of() : expertiseTags;
        languages = languages == null ? List.of() : languages;
    }
}
