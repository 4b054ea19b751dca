package eu.twinninghub.api.me;

import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.match.MatchView;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.api.partnership.PartnershipView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page's worth for a signed-in person. A part whose service did not answer in time is left
 * empty and named in {@code unavailable}, so that one slow service does not blank the whole page.
 */
@Schema(name = "Dashboard")
public record Dashboard(
        @Schema(description = "the authority the sign-in acts for; null for a platform admin without one")
        AuthorityView authority,
        @Schema(description = "the authority's needs, newest first, drafts included")
        List<NeedView> needs,
        @Schema(description = "the authority's offers, newest first, drafts included")
        List<OfferView> offers,
        @Schema(description = "proposals where the authority's side has not answered yet")
        List<MatchView> awaitingMyAnswer,
        @Schema(description = "the authority's partnerships, newest first")
        List<PartnershipView> partnerships,
        @Schema(description = "unread notifications in the authority's inbox")
        long unreadNotifications,
        @Schema(description = "parts left empty because their service did not answer: authority, needs, offers, matches, partnerships, notifications")
        List<String> unavailable) {

    public Dashboard {
        needs = List.copyOf(needs);
        offers = List.copyOf(offers);
        awaitingMyAnswer = List.copyOf(awaitingMyAnswer);
        partnerships = List.copyOf(partnerships);
        unavailable = List.copyOf(unavailable);
    }
}
