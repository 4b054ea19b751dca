package eu.twinninghub.matching.web;

import eu.twinninghub.api.analytics.AnalyticsApi;
import eu.twinninghub.api.analytics.Coverage;
import eu.twinninghub.matching.analytics.Coverages;
import jakarta.ws.rs.core.Response;

/** The Alliance's figures are public: where help is, and where it is missing, is what everyone should see. */
public class AnalyticsResource implements AnalyticsApi {

    private final Coverages coverages;

    public AnalyticsResource(Coverages coverages) {
        this.coverages = coverages;
    }

    @Override
    public Coverage coverage() {
        return coverages.now();
    }

    @Override
    public Response coverageCsv() {
        Coverage coverage = coverages.now();
        StringBuilder csv = new StringBuilder("# ").append(coverage.licence()).append('\n')
                .append("# as of ").append(coverage.asOf()).append('\n')
                .append("level,id,name,open_needs,needs_with_proposal,needs_in_partnership,"
                        + "median_days_to_first_proposal,hromadas,hromadas_with_partner,offer_places_left\n");
        for (Coverage.Oblast o : coverage.oblasts()) {
            csv.append(String.join(",", "oblast", o.oblastId().toString(), Csv.cell(o.name()),
                    String.valueOf(o.openNeeds()), String.valueOf(o.needsWithProposal()),
                    String.valueOf(o.needsInPartnership()), number(o.medianDaysToFirstProposal()),
                    String.valueOf(o.hromadas()), String.valueOf(o.hromadasWithPartner()), "")).append('\n');
        }
        for (Coverage.Sector s : coverage.sectors()) {
            csv.append(String.join(",", "sector", Csv.cell(s.sector()), "", String.valueOf(s.openNeeds()),
                    String.valueOf(s.needsWithProposal()), String.valueOf(s.needsInPartnership()),
                    number(s.medianDaysToFirstProposal()), "", "", String.valueOf(s.offerPlacesLeft()))).append('\n');
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"twinning-coverage.csv\"").build();
    }

    @Override
    public Response trendsCsv() {
        Coverage coverage = coverages.now();
        StringBuilder csv = new StringBuilder("# ").append(coverage.licence()).append('\n')
                .append("# as of ").append(coverage.asOf()).append('\n')
                .append("month,needs_published,proposals,partnerships_made,partnerships_registered\n");
        for (Coverage.Month m : coverage.months()) {
            csv.append(String.join(",", m.month(), String.valueOf(m.needsPublished()), String.valueOf(m.proposals()),
                    String.valueOf(m.partnershipsMade()), String.valueOf(m.partnershipsRegistered()))).append('\n');
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"twinning-trends.csv\"").build();
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }
}
