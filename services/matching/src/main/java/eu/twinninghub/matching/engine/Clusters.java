package eu.twinninghub.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Cluster twinning. Around one need: when no single offer gives every kind of support the need
 * asks for, several EU authorities together may — a town's engineers, a region's training centre.
 * Around one offer of a region: several hromadas of the same oblast, so that the region's help
 * builds on itself instead of spreading thin.
 */
public final class Clusters {

    /** Offers looked at for a cluster: the best of them by score. */
    static final int POOL = 30;

    /** Several offers for one need; {@code score} counts the support modes they give together. */
    public record OfferCluster(UUID need, List<Scored> offers, double score, double supportCovered) {
    }

    /** Several needs of one oblast for one regional offer. */
    public record NeedCluster(UUID offer, UUID oblast, List<Scored> needs) {
    }

    private final MatchingEngine engine;

    public Clusters(MatchingEngine engine) {
        this.engine = engine;
    }

    /**
     * Up to {@code maxOffers} offers of different authorities that together cover more of the need's
     * support modes than its best single offer; empty when one offer covers them all, or none helps.
     */
    public Optional<OfferCluster> aroundNeed(UUID need, int maxOffers, BiPredicate<UUID, UUID> allowed) {
        List<Scored> pool = engine.topOffers(need, POOL, allowed).best();
        if (pool.size() < 2) {
            return Optional.empty();
        }
        double single = pool.stream().mapToDouble(s -> engine.supportModeFit(need, List.of(s.id()))).max().orElse(0);
        if (single >= 1) {
            return Optional.empty();
        }
        List<Scored> chosen = new ArrayList<>();
        Set<UUID> authorities = new HashSet<>();
        double covered = 0;
        while (chosen.size() < maxOffers && covered < 1) {
            Scored best = null;
            double bestCovered = covered;
            for (Scored candidate : pool) {
                UUID authority = engine.offer(candidate.id()).orElseThrow().authorityId();
                if (chosen.contains(candidate) || authorities.contains(authority)) {
                    continue;
                }
                List<UUID> with = new ArrayList<>(chosen.stream().map(Scored::id).toList());
                with.add(candidate.id());
                double fit = engine.supportModeFit(need, with);
                // Pool order is best score first, so the first to add the most coverage is also the best scored.
                if (fit > bestCovered) {
                    best = candidate;
                    bestCovered = fit;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            authorities.add(engine.offer(best.id()).orElseThrow().authorityId());
            covered = bestCovered;
        }
        if (chosen.size() < 2 || covered <= single) {
            return Optional.empty();
        }
        return Optional.of(new OfferCluster(need, chosen, clusterScore(need, chosen, covered), covered));
    }

    /**
     * For an offer of a region: the oblast whose hromadas it fits best (the sum of the best
     * {@code size} scores there) and those needs, each of a different hromada; empty for an offer
     * that is not a region's, or when no oblast has two such needs.
     */
    public Optional<NeedCluster> aroundRegionalOffer(UUID offer, int size, BiPredicate<UUID, UUID> allowed) {
        OfferProfile profile = engine.offer(offer).orElseThrow(() ->
                new IllegalArgumentException("offer " + offer + " is not open for matching"));
        if (!profile.region()) {
            return Optional.empty();
        }
        Map<UUID, List<Scored>> byOblast = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> hromadas = new LinkedHashMap<>();
        for (Scored candidate : engine.topNeeds(offer, size * 20, allowed).best()) {
            NeedProfile need = engine.need(candidate.id()).orElseThrow();
            if (need.oblast() == null) {
                continue;
            }
            List<Scored> picked = byOblast.computeIfAbsent(need.oblast(), o -> new ArrayList<>());
            if (picked.size() < size && hromadas.computeIfAbsent(need.oblast(), o -> new HashSet<>())
                    .add(need.authorityId())) {
                picked.add(candidate);
            }
        }
        return byOblast.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .max(Comparator.comparingDouble((Map.Entry<UUID, List<Scored>> e) ->
                        e.getValue().stream().mapToDouble(Scored::score).sum()))
                .map(e -> new NeedCluster(offer, e.getKey(), List.copyOf(e.getValue())));
    }

    /** The members' mean score, with each one's support-mode points replaced by what they give together. */
    private double clusterScore(UUID need, List<Scored> members, double covered) {
        double modeWeight = engine.weights().supportMode() * 100.0 / engine.weights().total();
        return members.stream().mapToDouble(m -> m.score()
                - modeWeight * engine.supportModeFit(need, List.of(m.id())) + modeWeight * covered)
                .average().orElse(0);
    }
}
