package eu.twinninghub.api.partnership;

import eu.twinninghub.api.web.WebAddress;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A milestone a partnership reached, on the day it happened, with a link to what shows it (the
 * signed memorandum, the visit's report, the project's page), if it is public.
 */
@Schema(name = "MilestoneInput", example = """
        {"kind": "FIRST_VISIT", "date": "2027-03-12", "link": "https://www.vmr.gov.ua/"}""")
public record MilestoneInput(
        @NotNull @Pattern(regexp = "MOU_SIGNED|FIRST_VISIT|JOINT_PROJECT_STARTED|RESULTS_REPORTED",
                message = "must be MOU_SIGNED, FIRST_VISIT, JOINT_PROJECT_STARTED or RESULTS_REPORTED") String kind,
        @NotNull LocalDate date,
        @Size(max = 500) @Pattern(regexp = WebAddress.PATTERN, message = "must be a web address starting with https://")
        String link) {

    /** The milestones partnerships report to the Alliance, in the order they usually come. */
    public static final List<String> KINDS = List.of("MOU_SIGNED", "FIRST_VISIT", "JOINT_PROJECT_STARTED",
            "RESULTS_REPORTED");

    /** A partnership signs one memorandum and has one first visit; projects and reports may be many. */
    public static boolean once(String kind) {
        return kind.equals("MOU_SIGNED") || kind.equals("FIRST_VISIT");
    }
}
