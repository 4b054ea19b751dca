package eu.twinninghub.needsoffers.need;

import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.api.need.UpdateNeed;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.events.need.NeedClosed;
import eu.twinninghub.events.need.NeedDetails;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.events.need.NeedWithdrawn;
import eu.twinninghub.needsoffers.posting.Posting;
import eu.twinninghub.needsoffers.posting.PostingBoard;
import eu.twinninghub.needsoffers.posting.StatusMoves;
import eu.twinninghub.needsoffers.posting.TaxonomyCheck;
import eu.twinninghub.needsoffers.posting.TextsCheck;
import eu.twinninghub.reference.ReferenceData;
import eu.twinninghub.service.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The life of a need: posted as a draft, published once its authority is verified, edited with
 * the version read, moved along its statuses by its owner. Every public change is an event written
 * in the same transaction.
 */
@ApplicationScoped
public class NeedBoard extends PostingBoard<Need> {

    public NeedBoard() {
        super("need", Need.class);
    }

    @Override
    protected boolean isPublic(Need need) {
        // A draft withdrawn before it was ever published stays private.
        return need.status.isPublic() && need.publishedAt != null;
    }

    @Transactional
    public Need create(String idempotencyKey, NeedInput input) {
        return once(idempotencyKey, () -> {
            postingFor(input.authorityId());
            check(input, "");
            Need need = Need.draft(input, caller.displayName(), clock.instant());
            need.persist();
            return need;
        });
    }

    @Transactional
    public Need update(UUID id, UpdateNeed request) {
        Need need = owned(id);
        requireEditable(need, request.version(), request.need().authorityId(), "need.authorityId");
        if (need.status != NeedStatus.DRAFT && need.status != NeedStatus.OPEN) {
            throw ProblemException.conflict("need " + id + " is " + need.status + ": only DRAFT and OPEN needs are edited");
        }
        check(request.need(), "need.");
        need.edit(request.need(), clock.instant());
        if (need.status == NeedStatus.OPEN) {
            announce(new NeedUpdated(need.id, need.authorityId, need.version, details(need)));
        }
        return need;
    }

    @Transactional
    public Need changeStatus(UUID id, StatusRequest request) {
        NeedStatus next = StatusMoves.parse(NeedStatus.class, request.status());
        Need need = owned(id);
        if (next == NeedStatus.MATCHED) {
            throw ProblemException.conflict("a need becomes MATCHED when a partnership is established for it");
        }
        String reason = StatusMoves.check("need", id, need.status, next, need.status.ownerMayMoveTo(),
                Set.of(NeedStatus.CLOSED, NeedStatus.WITHDRAWN), request.reason());
        if (next == NeedStatus.OPEN) {
            requireVerifiedToOpen(need);
        }
        boolean wasPublic = need.status.isPublic();
        need.moveTo(next, caller.displayName(), reason, clock.instant());
        switch (next) {
            case OPEN -> announce(new NeedPublished(need.id, need.authorityId, need.version, details(need)));
            case CLOSED, FULFILLED -> announce(new NeedClosed(need.id, need.authorityId, next.name(), reason));
            case WITHDRAWN -> {
                if (wasPublic) {
                    announce(new NeedWithdrawn(need.id, need.authorityId, reason));
                }
            }
            default -> {
            }
        }
        return need;
    }

    public static NeedDetails details(Need n) {
        return new NeedDetails(Posting.event(n.title()), Posting.event(n.description()),
                n.sector, List.copyOf(n.subsectors), List.copyOf(n.supportModes), List.copyOf(n.expertiseTags),
                n.urgency.name(), List.copyOf(n.languages), n.startBy, n.endBy, n.budgetEur, n.peopleServed,
                n.dreamProjectId, List.copyOf(n.fundingProgrammes));
    }

    /** What bean validation cannot see: the taxonomy, the authority, the dates; {@code prefix} matches the request. */
    private static void check(NeedInput input, String prefix) {
        List<Problem.Violation> violations = new ArrayList<>();
        TextsCheck.texts(input.title(), input.description(), prefix, violations);
        if (!Taxonomy.standard().isSector(input.sector())) {
            violations.add(new Problem.Violation(prefix + "sector", "is not a sector of the taxonomy"));
        } else {
            TaxonomyCheck.subsectors(input.subsectors(), List.of(input.sector()), prefix + "subsectors", violations);
        }
        TaxonomyCheck.supportModes(input.supportModes(), prefix + "supportModes", violations);
        TaxonomyCheck.range(input.startBy(), input.endBy(), prefix + "endBy", "startBy", violations);
        for (int i : ReferenceData.unknownFundingProgrammes(input.fundingProgrammes())) {
            violations.add(new Problem.Violation(prefix + "fundingProgrammes[" + i + "]",
                    "is not a programme of the platform's list: " + ReferenceData.fundingProgrammeIds()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
