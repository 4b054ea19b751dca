package eu.twinninghub.api.partnership;

import eu.twinninghub.api.need.NeedInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the parties set out to do: goals, themes (sector ids of the taxonomy), start and end, and the
 * project of Ukraine's DREAM reconstruction registry it serves, if there is one, and the funding
 * programmes it draws on.
 */
@Schema(name = "PartnershipPlan", example = """
        {"goals": "Restore drinking water for 20,000 people by spring", "themes": ["water-sanitation"],
         "startDate": "2027-01-15", "endDate": "2028-06-30", "version": 0}""")
public record PartnershipPlan(@Size(max = 5000) String goals,
                              @NotNull @Size(max = 15) List<@NotNull String> themes,
                              LocalDate startDate,
                              LocalDate endDate,
                              @Size(max = 64) @Pattern(regexp = NeedInput.DREAM_PROJECT_ID,
                                      message = "must be a DREAM project id") String dreamProjectId,
                              @Schema(description = "ids of the funding programmes it draws on, from the platform's list")
                              @Size(max = 10) List<@NotNull @Size(max = 60) String> fundingProgrammes,
                              long version) {
}
