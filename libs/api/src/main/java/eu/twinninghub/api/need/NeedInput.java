package eu.twinninghub.api.need;

import eu.twinninghub.api.posting.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a hromada needs. {@code sector}, {@code subsectors} and {@code supportModes} are ids of the
 * taxonomy ({@code Taxonomy}); {@code dreamProjectId} links the project in Ukraine's
 * DREAM reconstruction registry; {@code fundingProgrammes} are ids of the reference list of funding
 * programmes, as on a partnership's plan.
 */
@Schema(name = "NeedInput", example = """
        {"authorityId":"c69235b9-4730-305d-8fee-c51897a80b07",
         "title":{"uk":"Енергоефективна модернізація шкіл","en":"Energy-efficient retrofit of schools"},
         "description":{"uk":"Утеплення та заміна вікон у трьох школах громади","en":"Insulation and windows for three schools"},
         "sector":"energy","subsectors":[],"supportModes":["technical-assistance","peer-exchange"],
         "expertiseTags":["building retrofit","heat pumps"],"urgency":"HIGH","languages":["uk","en"],
         "startBy":"2027-03-01","endBy":"2027-12-31","budgetEur":450000,"peopleServed":1200,
         "fundingProgrammes":["ukraine-facility"]}""")
public record NeedInput(
        @NotNull UUID authorityId,
        @NotNull @Valid Texts title,
        @Valid Texts description,
        @NotNull @Size(max = 60) String sector,
        @Size(max = 20) List<@NotNull String> subsectors,
        @NotEmpty @Size(max = 7) List<@NotNull String> supportModes,
        @Size(max = 30) List<@NotNull @Size(min = 2, max = 60) String> expertiseTags,
        @NotNull Urgency urgency,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as uk or en") String> languages,
        LocalDate startBy,
        LocalDate endBy,
        @PositiveOrZero Long budgetEur,
        @Positive Integer peopleServed,
        @Size(max = 64) @Pattern(regexp = DREAM_PROJECT_ID, message = "must be a DREAM project id") String dreamProjectId,
        @Schema(description = "ids of the funding programmes the hromada means to apply to, from the platform's list")
        @Size(max = 10) List<@NotNull @Size(max = 60) String> fundingProgrammes) {

    /** How a project of Ukraine's DREAM reconstruction registry is named, on needs and partnerships alike. */
    public static final String DREAM_PROJECT_ID = "[A-Za-z0-9._-]+";

    public NeedInput {
        subsectors = subsectors == null ? List.of() : subsectors;
        expertiseTags = expertiseTags == null ? List.of() : expertiseTags;
        languages = languages == null ? List.of() : languages;
        fundingProgrammes = fundingProgrammes == null ? List.of() : fundingProgrammes;
    }
}
