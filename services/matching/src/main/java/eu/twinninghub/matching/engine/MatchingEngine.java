package eu.twinninghub.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * One snapshot of the open needs and offers, ready to rank: for a need its best offers, for an
 * offer its best needs, each with the score explained. Immutable once built, so readers share it
 * while the next snapshot is built. Never paired: a posting with itself's authority, an offer
 * without free places, and any pair the caller's filter refuses (declined pairs).
 */
public final class MatchingEngine {

    /** The best candidates and how many were scored to find them (the rest was pruned). */
    public record Ranking(List<Scored> best, int scored) {
    }

    private final Scorer scorer;

    private MatchingEngine(Scorer scorer) {
        this.scorer = scorer;
    }

    public static MatchingEngine build(Collection<NeedProfile> needs, Collection<OfferProfile> offers,
                                       Relations relations, Weights weights) {
        Vocabulary vocabulary = new Vocabulary();
        needs.forEach(n -> vocabulary.count(n.tags(), n.text()));
        offers.forEach(o -> vocabulary.count(o.tags(), o.text()));
        Codes sectors = new Codes();
        Codes subsectors = new Codes();
        Codes modes = new Codes();
        Codes languages = new Codes();
        Map<UUID, Integer> authorities = new HashMap<>();
        var compiledNeeds = new Compiled.Needs(List.copyOf(needs), sectors, subsectors, modes, languages, vocabulary,
                authorities);
        var compiledOffers = new Compiled.Offers(List.copyOf(offers), sectors, subsectors, modes, languages,
                vocabulary, authorities);
        return new MatchingEngine(new Scorer(weights, relations, compiledNeeds, compiledOffers));
    }

    public Optional<NeedProfile> need(UUID id) {
        return Optional.ofNullable(scorer.needs.index.get(id)).map(scorer.needs.profiles::get);
    }

    public Optional<OfferProfile> offer(UUID id) {
        return Optional.ofNullable(scorer.offers.index.get(id)).map(scorer.offers.profiles::get);
    }

    public List<NeedProfile> needs() {
        return scorer.needs.profiles;
    }

    public List<OfferProfile> offers() {
        return scorer.offers.profiles;
    }

    /** The best {@code k} offers for a need, through the index. */
    public Ranking topOffers(UUID need, int k, BiPredicate<UUID, UUID> allowed) {
        int n = needIndex(need);
        Compiled.Offers offers = scorer.offers;
        long sector = scorer.needs.sector[n];
        Compiled.Column inSector = offers.bySector.get(sector);
        Weights w = scorer.weights;
        double bestOutside = scale(w.supportMode() + w.language() + w.scale() + w.capacity()
                + w.urgency() * Scorer.urgency(scorer.needs.urgency[n])) + scorer.restMax();
        double[] mass = scorer.needs.vectors[n].mass();
        TopK top = new TopK(k);
        int scored = PruningScan.top(top, new PruningScan.Side() {
            @Override
            public Compiled.Column[] inSector() {
                return inSector == null ? new Compiled.Column[0] : new Compiled.Column[] {inSector};
            }

            @Override
            public void bounds(Compiled.Column column, double[] into) {
                scorer.offerBounds(n, mass, column, into);
            }

            @Override
            public boolean isInSector(int o) {
                return (offers.sectors[o] & sector) != 0;
            }

            @Override
            public int size() {
                return offers.profiles.size();
            }

            @Override
            public double bound(int o) {
                return scorer.bound(n, o, mass, true);
            }

            @Override
            public double score(int o) {
                return scorer.score(n, o);
            }

            @Override
            public boolean allowed(int o) {
                return pairable(n, o, allowed);
            }

            @Override
            public UUID id(int o) {
                return offers.profiles.get(o).id();
            }
        }, bestOutside);
        return new Ranking(top.best().stream().map(TopK.Entry::scored).toList(), scored);
    }

    /** The best {@code k} needs for an offer, through the index. */
    public Ranking topNeeds(UUID offer, int k, BiPredicate<UUID, UUID> allowed) {
        int o = offerIndex(offer);
        Compiled.Needs needs = scorer.needs;
        long sectors = scorer.offers.sectors[o];
        List<Compiled.Column> columns = new ArrayList<>();
        for (long bits = sectors; bits != 0; bits &= bits - 1) {
            Compiled.Column column = needs.bySector.get(Long.lowestOneBit(bits));
            if (column != null) {
                columns.add(column);
            }
        }
        Compiled.Column[] inSector = columns.toArray(Compiled.Column[]::new);
        Weights w = scorer.weights;
        double bestOutside = scale(w.supportMode() + w.language() + w.scale() + w.urgency()
                + w.capacity() * scorer.offers.capacityFit[o]) + scorer.restMax();
        double[] mass = scorer.offers.vectors[o].mass();
        TopK top = new TopK(k);
        int scored = PruningScan.top(top, new PruningScan.Side() {
            @Override
            public Compiled.Column[] inSector() {
                return inSector;
            }

            @Override
            public void bounds(Compiled.Column column, double[] into) {
                scorer.needBounds(o, mass, column, into);
            }

            @Override
            public boolean isInSector(int n) {
                return (needs.sector[n] & sectors) != 0;
            }

            @Override
            public int size() {
                return needs.profiles.size();
            }

            @Override
            public double bound(int n) {
                return scorer.bound(n, o, mass, false);
            }

            @Override
            public double score(int n) {
                return scorer.score(n, o);
            }

            @Override
            public boolean allowed(int n) {
                return pairable(n, o, allowed);
            }

            @Override
            public UUID id(int n) {
                return needs.profiles.get(n).id();
            }
        }, bestOutside);
        return new Ranking(top.best().stream().map(TopK.Entry::scored).toList(), scored);
    }

    /** The best {@code k} offers for a need by scoring every offer: the oracle the index must agree with. */
    public Ranking bruteForceOffers(UUID need, int k, BiPredicate<UUID, UUID> allowed) {
        int n = needIndex(need);
        TopK top = new TopK(k);
        int scored = 0;
        for (int o = 0; o < scorer.offers.profiles.size(); o++) {
            if (pairable(n, o, allowed)) {
                top.offer(scorer.offers.profiles.get(o).id(), o, scorer.score(n, o));
                scored++;
            }
        }
        return new Ranking(top.best().stream().map(TopK.Entry::scored).toList(), scored);
    }

    /** The best {@code k} needs for an offer by scoring every need. */
    public Ranking bruteForceNeeds(UUID offer, int k, BiPredicate<UUID, UUID> allowed) {
        int o = offerIndex(offer);
        TopK top = new TopK(k);
        int scored = 0;
        for (int n = 0; n < scorer.needs.profiles.size(); n++) {
            if (pairable(n, o, allowed)) {
                top.offer(scorer.needs.profiles.get(n).id(), n, scorer.score(n, o));
                scored++;
            }
        }
        return new Ranking(top.best().stream().map(TopK.Entry::scored).toList(), scored);
    }

    public double score(UUID need, UUID offer) {
        return scorer.score(needIndex(need), offerIndex(offer));
    }

    /** Each criterion's points; they add up to {@link #score}. */
    public List<Explanation> explain(UUID need, UUID offer) {
        return scorer.explain(needIndex(need), offerIndex(offer));
    }

    double supportModeFit(UUID need, Collection<UUID> offers) {
        int n = needIndex(need);
        long union = 0;
        for (UUID offer : offers) {
            union |= scorer.offers.modes[offerIndex(offer)];
        }
        return scorer.supportMode(n, union);
    }

    Weights weights() {
        return scorer.weights;
    }

    private boolean pairable(int n, int o, BiPredicate<UUID, UUID> allowed) {
        return scorer.offers.free[o] > 0 && scorer.needs.authority[n] != scorer.offers.authority[o]
                && allowed.test(scorer.needs.profiles.get(n).id(), scorer.offers.profiles.get(o).id());
    }

    private double scale(double points) {
        return points * 100.0 / scorer.weights.total();
    }

    private int needIndex(UUID need) {
        Integer n = scorer.needs.index.get(need);
        if (n == null) {
            throw new IllegalArgumentException("need " + need + " is not open for matching");
        }
        return n;
    }

    private int offerIndex(UUID offer) {
        Integer o = scorer.offers.index.get(offer);
        if (o == null) {
            throw new IllegalArgumentException("offer " + offer + " is not open for matching");
        }
        return o;
    }

}
