package eu.twinninghub.matching.proposal;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.api.need.Urgency;
import eu.twinninghub.matching.config.MatchingConfig;
import eu.twinninghub.matching.engine.MatchingEngine;
import eu.twinninghub.matching.engine.NeedProfile;
import eu.twinninghub.matching.engine.OfferProfile;
import eu.twinninghub.matching.engine.Relations;
import eu.twinninghub.matching.events.OpenNeed;
import eu.twinninghub.matching.events.OpenOffer;
import eu.twinninghub.matching.partnership.PartnershipParty;
import eu.twinninghub.matching.partnership.Team;
import eu.twinninghub.messaging.authority.KnownAuthority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The engine over the current read model. Rebuilt off the request path once something changed
 * (a committed change marks it stale; the rebuild runs every second at most), so that a search
 * never waits for a rebuild and always sees one consistent snapshot.
 */
@ApplicationScoped
public class EngineSnapshot {

    private static final Logger LOG = Logger.getLogger(EngineSnapshot.class);

    private final MatchingConfig config;
    private final TransactionSynchronizationRegistry transactions;

    private final AtomicBoolean stale = new AtomicBoolean(true);
    private volatile MatchingEngine engine;
    private volatile long lastBuiltAt = System.nanoTime();
    private volatile long lastBuildNanos;

    public EngineSnapshot(MatchingConfig config, TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.transactions = transactions;
    }

    /** Marks the snapshot stale once the current transaction commits. */
    public void changed() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    stale.set(true);
                }
            }
        });
    }

    /** The current snapshot, built now if there is none yet. */
    public MatchingEngine engine() {
        MatchingEngine current = engine;
        return current != null ? current : refresh();
    }

    /**
     * A snapshot with every change committed so far: for allocation, which must not miss a new
     * posting. Synchronized with {@link #refresh}, so that it waits for a rebuild under way instead
     * of taking the snapshot before it (the rebuild clears the stale mark when it starts).
     */
    public synchronized MatchingEngine fresh() {
        return stale.get() || engine == null ? refresh() : engine;
    }

    /** The current snapshot if it has what {@code holds} looks for, else one with every change committed so far. */
    public MatchingEngine holding(Predicate<MatchingEngine> holds) {
        MatchingEngine current = engine();
        return holds.test(current) ? current : fresh();
    }

    /**
     * Under a stream of changes a large snapshot would be rebuilt back to back and take a core from
     * the consumers: after a rebuild of d ms the next waits at least d ms (and a second).
     */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshIfStale() {
        if (stale.get() && System.nanoTime() - lastBuiltAt >= lastBuildNanos) {
            refresh();
        }
    }

    synchronized MatchingEngine refresh() {
        stale.set(false);
        long started = System.nanoTime();
        MatchingEngine built = QuarkusTransaction.requiringNew().call(this::build);
        engine = built;
        lastBuiltAt = System.nanoTime();
        lastBuildNanos = lastBuiltAt - started;
        LOG.debugf("matching snapshot: %d needs, %d offers in %d ms", built.needs().size(), built.offers().size(),
                lastBuildNanos / 1_000_000);
        return built;
    }

    private MatchingEngine build() {
        Map<UUID, KnownAuthority> authorities = new HashMap<>();
        KnownAuthority.<KnownAuthority>streamAll().forEach(a -> authorities.put(a.id, a));
        // A suspended authority's postings stay open, but out of matching until it is reinstated.
        List<NeedProfile> needs = OpenNeed.<OpenNeed>list("open", true).stream()
                .filter(n -> !suspended(authorities.get(n.authorityId)))
                .map(n -> need(n, authorities.get(n.authorityId))).toList();
        List<OfferProfile> offers = OpenOffer.<OpenOffer>list("open", true).stream()
                .filter(o -> o.capacityLeft() > 0 && !suspended(authorities.get(o.authorityId)))
                .map(o -> offer(o, authorities.get(o.authorityId))).toList();
        return MatchingEngine.build(needs, offers, relations(authorities), config.engineWeights());
    }

    private static boolean suspended(KnownAuthority authority) {
        return authority != null && authority.verification == Verification.SUSPENDED;
    }

    private static NeedProfile need(OpenNeed n, KnownAuthority authority) {
        return new NeedProfile(n.id, n.authorityId, n.sector, new LinkedHashSet<>(n.subsectors),
                new LinkedHashSet<>(n.supportModes), List.copyOf(n.tags), n.text, new LinkedHashSet<>(n.languages),
                Urgency.valueOf(n.urgency).ordinal(), authority == null ? null : authority.population,
                authority == null ? null : authority.oblast(), authority != null && authority.isVillage());
    }

    private static OfferProfile offer(OpenOffer o, KnownAuthority authority) {
        return new OfferProfile(o.id, o.authorityId, new LinkedHashSet<>(o.sectors), new LinkedHashSet<>(o.subsectors),
                new LinkedHashSet<>(o.supportModes), List.copyOf(o.tags), o.text, new LinkedHashSet<>(o.languages),
                o.capacity, o.capacityLeft(), authority == null ? null : authority.population,
                authority != null && authority.isRegion());
    }

    /**
     * Ties: two authorities that had a partnership, or share a partner network. Geography: an
     * offering authority, or the region it belongs to, with a partnership in a hromada of the oblast.
     */
    private static Relations relations(Map<UUID, KnownAuthority> authorities) {
        Set<List<UUID>> partnered = new HashSet<>();
        Map<UUID, Set<UUID>> oblastsOf = new HashMap<>();
        Map<UUID, List<PartnershipParty>> byPartnership = new HashMap<>();
        PartnershipParty.<PartnershipParty>streamAll()
                .forEach(p -> byPartnership.computeIfAbsent(p.partnership.id, k -> new ArrayList<>()).add(p));
        for (List<PartnershipParty> parties : byPartnership.values()) {
            for (PartnershipParty receiving : parties) {
                if (receiving.team != Team.RECEIVING || receiving.consentedAt == null) {
                    continue;
                }
                KnownAuthority hromada = authorities.get(receiving.authorityId);
                for (PartnershipParty supporting : parties) {
                    if (supporting.team == Team.SUPPORTING && supporting.consentedAt != null) {
                        partnered.add(List.of(receiving.authorityId, supporting.authorityId));
                        if (hromada != null && hromada.oblast() != null) {
                            oblastsOf.computeIfAbsent(supporting.authorityId, k -> new HashSet<>()).add(hromada.oblast());
                        }
                    }
                }
            }
        }
        return new Relations() {
            @Override
            public boolean tied(UUID needAuthority, UUID offerAuthority) {
                if (partnered.contains(List.of(needAuthority, offerAuthority))) {
                    return true;
                }
                KnownAuthority a = authorities.get(needAuthority);
                KnownAuthority b = authorities.get(offerAuthority);
                return a != null && b != null && a.networkIds.stream().anyMatch(b.networkIds::contains);
            }

            @Override
            public boolean worksInOblast(UUID offerAuthority, UUID oblast) {
                if (oblastsOf.getOrDefault(offerAuthority, Set.of()).contains(oblast)) {
                    return true;
                }
                KnownAuthority offering = authorities.get(offerAuthority);
                return offering != null && offering.parentId != null
                        && oblastsOf.getOrDefault(offering.parentId, Set.of()).contains(oblast);
            }
        };
    }
}
