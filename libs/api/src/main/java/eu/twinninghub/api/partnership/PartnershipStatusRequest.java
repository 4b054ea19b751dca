package eu.twinninghub.api.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step of the partnership: MOU_SIGNED, AGREEMENT_APPROVED (the international agreement approved
 * by the Ukrainian ministry; {@code date} is the approval's), ACTIVE, COMPLETED or CANCELLED (with
 * a reason). {@code date} defaults to today.
 */
@Schema(name = "PartnershipStatusRequest", example = """
        {"status": "AGREEMENT_APPROVED", "date": "2027-02-01"}""")
public record PartnershipStatusRequest(@NotBlank @Size(max = 40) String status, LocalDate date,
                                       @Size(max = 2000) String reason) {
}
