package eu.twinninghub.api.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Partnerships made elsewhere, for the register: where the list comes from (its source, licence and
 * the day it was taken), and one row per pair of authorities. As CSV the same columns form the
 * header, and the origin travels as query parameters.
 */
@Schema(name = "PartnershipImport", example = """
        {"source":"A network's list of its members' partnerships","licence":"CC BY 4.0","retrieved":"2026-11-30",
         "rows":[{"hromadaCode":"UA05040130000025322","partnerName":"Lüdinghausen","partnerCountry":"DE",
                  "reference":"row 1 of the list"}]}""")
public record PartnershipImport(
        @NotBlank @Size(max = 300) String source,
        @NotBlank @Size(max = 100) String licence,
        @NotNull @PastOrPresent LocalDate retrieved,
        @NotEmpty @Size(max = PartnershipImport.MAX_ROWS) List<@NotNull @Valid Row> rows) {

    /** Ten thousand rows import in well under the 30 s a person waits; larger lists come in parts. */
    public static final int MAX_ROWS = 10_000;

    /**
     * One existing partnership: the Ukrainian authority and its partner, each by official code
     * (KATOTTG, LAU or NUTS) or else by name (the partner with its country).
     */
    @Schema(name = "PartnershipImportRow")
    public record Row(@Size(max = 30) String hromadaCode,
                      @Size(max = 300) String hromadaName,
                      @Size(max = 30) String partnerCode,
                      @Size(max = 300) String partnerName,
                      @Size(max = 2) String partnerCountry,
                      LocalDate since,
                      @Size(max = 100) String reference) {
    }
}
