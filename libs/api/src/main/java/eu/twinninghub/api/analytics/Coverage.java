package eu.twinninghub.api.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where help is and where it is missing, from what is public only: open needs, their proposals and
 * partnerships (drafts, withdrawn postings and suspended authorities never count), per oblast and per
 * sector; hromadas with a partner by size class against the register; the EU side engaged.
 */
@Schema(name = "Coverage")
public record Coverage(Instant asOf, String licence, List<Oblast> oblasts, List<Sector> sectors,
                       List<SizeClass> hromadasBySize, List<Country> partnerCountries,
                       @Schema(description = "the last twelve months, oldest first, the current one included")
                       List<Month> months) {

    /**
     * One oblast: its open needs, how many of them have a proposal, the needs in a partnership, the
     * median days from a need's publication to its first proposal, and its hromadas with a partner.
     */
    @Schema(name = "OblastCoverage")
    public record Oblast(UUID oblastId, String name, int openNeeds, int needsWithProposal, int needsInPartnership,
                         Double medianDaysToFirstProposal, int hromadas, int hromadasWithPartner) {
    }

    /** One sector of the taxonomy: the same figures for its needs, and the places its open offers have left. */
    @Schema(name = "SectorCoverage")
    public record Sector(String sector, int openNeeds, int needsWithProposal, int needsInPartnership,
                         Double medianDaysToFirstProposal, int offerPlacesLeft) {
    }

    /** Hromadas of one size class (village, settlement, urban) and how many have a partner. */
    @Schema(name = "SizeClassCoverage")
    public record SizeClass(String settlementType, int hromadas, int withPartner, double share) {
    }

    /** A partner country: its authorities in a partnership with Ukraine and those partnerships. */
    @Schema(name = "PartnerCountry")
    public record Country(String country, int authorities, int partnerships) {
    }

    /**
     * One calendar month (UTC): public needs published, proposals made, partnerships made on the
     * platform and partnerships made elsewhere that were registered in it (cancelled ones not counted).
     */
    @Schema(name = "MonthlyTrend")
    public record Month(@Schema(example = "2026-11") String month, int needsPublished, int proposals,
                        int partnershipsMade, int partnershipsRegistered) {
    }
}
