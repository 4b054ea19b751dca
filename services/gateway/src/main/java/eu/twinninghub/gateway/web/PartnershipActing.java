package eu.twinninghub.gateway.web;

import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.partnership.Milestone;
import eu.twinninghub.api.partnership.MilestoneInput;
import eu.twinninghub.api.partnership.PartnershipParty;
import eu.twinninghub.api.partnership.PartnershipView;
import java.util.List;
import java.util.UUID;

/**
 * What the signed-in reader may do on a partnership's page: as a member (post, record, leave), as an
 * invited authority (accept or decline), as a side's coordinator (invite, with the register's
 * answers to {@code inviteQuery}; hand the coordination to one of its {@code teammates} or remove
 * one). A public reader may do none of it.
 */
public record PartnershipActing(boolean party, boolean invitedMe, String coordinates, List<PartnershipParty> teammates,
                                List<String> milestoneChoices, String inviteQuery, List<AuthorityView> candidates) {

    public static final PartnershipActing NONE = new PartnershipActing(false, false, null, List.of(), List.of(), null,
            List.of());

    static PartnershipActing of(PartnershipView partnership, UUID mine) {
        boolean party = partnership.parties().stream().map(PartnershipParty::authorityId).anyMatch(id -> id.equals(mine));
        boolean invitedMe = partnership.invited().stream().map(PartnershipParty::authorityId).anyMatch(id -> id.equals(mine));
        String coordinates = partnership.parties().stream()
                .filter(p -> p.coordinator() && p.authorityId().equals(mine)).map(PartnershipParty::team)
                .findFirst().orElse(null);
        // A memorandum or first visit recorded already is not offered again.
        List<String> reached = partnership.milestones().stream().map(Milestone::kind).toList();
        List<String> choices = MilestoneInput.KINDS.stream()
                .filter(kind -> !(MilestoneInput.once(kind) && reached.contains(kind))).toList();
        List<PartnershipParty> teammates = coordinates == null ? List.of() : partnership.parties().stream()
                .filter(p -> p.team().equals(coordinates) && !p.authorityId().equals(mine)).toList();
        return new PartnershipActing(party, invitedMe, coordinates, teammates, choices, null, List.of());
    }

    /** The same, with the authorities of the register a coordinator looked for. */
    PartnershipActing withCandidates(String query, List<AuthorityView> found) {
        return new PartnershipActing(party, invitedMe, coordinates, teammates, milestoneChoices, query, found);
    }
}
