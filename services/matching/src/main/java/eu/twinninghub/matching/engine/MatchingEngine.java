package eu.twinninghub.matching.engine;

import java.util.Collection;
import java.util.List;
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
    private final GroupIndex offerGroups;
    private final GroupIndex needGroups;

    private MatchingEngine(Scorer scorer) {
        this.scorer = scorer;
        Compiled.Offers offers = scorer.offers;
        Compiled.Needs needs = scorer.needs;
        offerGroups = new GroupIndex(offers.profiles.size(),
                o -> new GroupIndex.Key(offers.sectors[o], offers.modes[o], offers.languages[o], 0));
        needGroups = new GroupIndex(needs.profiles.size(),
                n -> new GroupIndex.Key(needs.sector[n], needs.modes[n], needs.languages[n], needs.urgency[n]));
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
        var compiledNeeds = new Compiled.Needs(List.copyOf(needs), sectors, subsectors, modes, languages, vocabulary);
        var compiledOffers = new Compiled.Offers(List.copyOf(offers), sectors, subsectors, modes, languages,
                vocabulary);
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
        TopK top = new TopK(k);
        Weights w = scorer.weights;
        double rest = w.expertise() + w.scale() + w.capacity() + w.ties() + w.geography()
                + w.urgency() * Scorer.urgency(scorer.needs.urgency[n]);
        long needLanguages = scorer.needs.languages[n];
        int scored = offerGroups.top(top, key -> {
            double sector = (scorer.needs.sector[n] & key.a()) != 0 ? 1 : 0;
            return scale(w.sector() * sector + w.subsector() * sector + w.supportMode() * scorer.supportMode(n, key.b())
                    + w.language() * languageBound(needLanguages, key.c()) + rest);
        }, o -> scorer.score(n, o), o -> pairable(n, o, allowed), o -> scorer.offers.profiles.get(o).id());
        return new Ranking(top.best().stream().map(TopK.Entry::scored).toList(), scored);
    }

    /** The best {@code k} needs for an offer, through the index. */
    public Ranking topNeeds(UUID offer, int k, BiPredicate<UUID, UUID> allowed) {
        int o = offerIndex(offer);
        TopK top = new TopK(k);
        Weights w = scorer.weights;
        double rest = w.expertise() + w.scale() + w.capacity() * scorer.capacity(o) + w.ties() + w.geography();
        long offerSectors = scorer.offers.sectors[o];
        long offerModes = scorer.offers.modes[o];
        long offerLanguages = scorer.offers.languages[o];
        int scored = needGroups.top(top, key -> {
            double sector = (key.a() & offerSectors) != 0 ? 1 : 0;
            int wanted = Long.bitCount(key.b());
            double modes = wanted == 0 ? 0 : (double) Long.bitCount(key.b() & offerModes) / wanted;
            return scale(w.sector() * sector + w.subsector() * sector + w.supportMode() * modes
                    + w.language() * languageBound(key.c(), offerLanguages) + w.urgency() * Scorer.urgency(key.d())
                    + rest);
        }, n -> scorer.score(n, o), n -> pairable(n, o, allowed), n -> scorer.needs.profiles.get(n).id());
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
        NeedProfile need = scorer.needs.profiles.get(n);
        OfferProfile offer = scorer.offers.profiles.get(o);
        return offer.capacityLeft() > 0 && !need.authorityId().equals(offer.authorityId())
                && allowed.test(need.id(), offer.id());
    }

    private static double languageBound(long needLanguages, long offerLanguages) {
        if (needLanguages == 0 || offerLanguages == 0) {
            return 0.5;
        }
        return (needLanguages & offerLanguages) != 0 ? 1 : 0;
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
