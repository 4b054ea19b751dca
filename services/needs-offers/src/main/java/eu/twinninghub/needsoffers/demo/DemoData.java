package eu.twinninghub.needsoffers.demo;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.api.need.Urgency;
import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.api.taxonomy.Sector;
import eu.twinninghub.api.taxonomy.SupportMode;
import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.needsoffers.need.Need;
import eu.twinninghub.needsoffers.need.NeedBoard;
import eu.twinninghub.needsoffers.offer.Offer;
import eu.twinninghub.needsoffers.offer.OfferBoard;
import eu.twinninghub.reference.ReferenceData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo needs and offers for local runs. Needs: the planned projects of hromadas' development
 * strategies (real texts, in Ukrainian), placed in the taxonomy by {@link ProjectClassifier}; the
 * projects it cannot place are left out. Offers: one per EU partner municipality, sectors in turn so
 * that every sector has some. Both are published only for authorities this service knows as
 * VERIFIED, which arrive as events after authority-profiles seeds them: so this runs every few
 * seconds and adds what became possible, under ids derived from the data, never twice.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String BY = "demo-data";
    private static final int BATCH = 200;
    private static final Set<String> PRESSING = Set.of("civil-protection", "water-sanitation", "health");

    private final Outbox outbox;
    private final Clock clock;

    @ConfigProperty(name = "twinning.demo-data.enabled")
    boolean enabled;

    private List<PlannedNeed> planned;
    /** Needs known to exist already, so that each run looks only at the rest. */
    private final Set<UUID> done = new java.util.HashSet<>();

    public DemoData(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    private record PlannedNeed(UUID id, UUID authority, String text, ProjectClassifier.Placement placement) {
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void seed() {
        if (!enabled) {
            return;
        }
        if (planned == null) {
            planned = plan();
        }
        int needs = 0;
        try {
            for (int added = -1; added != 0; needs += added) {
                added = QuarkusTransaction.requiringNew().call(this::addNeeds);
            }
        } catch (RuntimeException e) {
            done.clear();
            throw e;
        }
        int offers = QuarkusTransaction.requiringNew().call(this::addOffers);
        if (needs + offers > 0) {
            LOG.infof("demo data: %d needs and %d offers published", needs, offers);
        }
    }

    private static List<PlannedNeed> plan() {
        List<PlannedNeed> plan = new ArrayList<>();
        Map<String, Integer> perHromada = new HashMap<>();
        int unplaced = 0;
        for (ReferenceData.Project project : ReferenceData.projects()) {
            int n = perHromada.merge(project.katottg(), 1, Integer::sum);
            var placement = ProjectClassifier.place(project.text());
            if (placement.isEmpty()) {
                unplaced++;
                continue;
            }
            plan.add(new PlannedNeed(id("need:" + project.katottg() + ":" + n),
                    id("authority:" + project.katottg()), project.text(), placement.get()));
        }
        LOG.infof("demo data: %d of %d strategy projects placed in the taxonomy, %d left out", plan.size(),
                plan.size() + unplaced, unplaced);
        return plan;
    }

    /** Adds up to a batch, in the caller's transaction, so that one transaction stays small. */
    private int addNeeds() {
        int added = 0;
        for (PlannedNeed p : planned) {
            if (added == BATCH) {
                break;
            }
            if (done.contains(p.id())) {
                continue;
            }
            KnownAuthority authority = KnownAuthority.findById(p.authority());
            if (authority == null || !authority.isVerified()) {
                continue;
            }
            done.add(p.id());
            if (Need.findById(p.id()) != null) {
                continue;
            }
            String title = p.text().length() <= 300 ? p.text() : p.text().substring(0, 297) + "...";
            NeedInput input = new NeedInput(p.authority(), new Texts(title, null), new Texts(p.text(), null),
                    p.placement().sector(), List.of(p.placement().subsector()),
                    List.of("peer-exchange", "technical-assistance"), List.of(),
                    PRESSING.contains(p.placement().sector()) ? Urgency.HIGH : Urgency.MEDIUM, List.of("uk"),
                    null, null, null, null, null, List.of());
            Need need = Need.draft(input, BY, clock.instant());
            need.id = p.id();
            need.moveTo(NeedStatus.OPEN, BY, "demo data: project of the hromada's development strategy", clock.instant());
            need.persist();
            outbox.add(new NeedPublished(need.id, need.authorityId, need.version,
                    NeedBoard.details(need)));
            added++;
        }
        return added;
    }

    private int addOffers() {
        List<KnownAuthority> municipalities = KnownAuthority.list("kind = ?1 and verification = ?2 order by nameLatin",
                AuthorityKind.MUNICIPALITY, Verification.VERIFIED);
        List<Sector> sectors = Taxonomy.standard().sectors();
        List<SupportMode> modes = Taxonomy.standard().supportModes();
        int added = 0;
        for (int i = 0; i < municipalities.size(); i++) {
            KnownAuthority m = municipalities.get(i);
            UUID id = id("offer:" + m.id);
            if (Offer.findById(id) != null) {
                continue;
            }
            Sector sector = sectors.get(Math.floorMod(m.id.hashCode(), sectors.size()));
            OfferInput input = new OfferInput(m.id,
                    new Texts(sector.uk() + ": досвід муніципалітету " + m.nameLatin,
                            sector.en() + ": the municipal experience of " + m.nameLatin),
                    new Texts(null, "Staff of " + m.nameLatin + " share what works in their town, in "
                            + sector.en().toLowerCase(java.util.Locale.ROOT) + ", with a Ukrainian partner."),
                    List.of(sector.id()), List.of(sector.subsectors().get(0).id()),
                    List.of("peer-exchange", modes.get(1 + Math.floorMod(m.id.hashCode() >> 4, modes.size() - 1)).id()),
                    List.of(), 2, List.of("en"), null, null, null, null, null);
            Offer offer = Offer.draft(input, BY, clock.instant());
            offer.id = id;
            offer.moveTo(OfferStatus.OPEN, BY, "demo data", clock.instant());
            offer.persist();
            outbox.add(new OfferPublished(offer.id, offer.authorityId, offer.version,
                    OfferBoard.details(offer)));
            added++;
        }
        return added;
    }

    private static UUID id(String identity) {
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }
}
