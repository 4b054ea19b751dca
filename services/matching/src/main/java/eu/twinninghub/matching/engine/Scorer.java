package eu.twinninghub.matching.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a need against an offer, criterion by criterion, from features compiled once per
 * snapshot. {@link #score} and {@link #explain} add the same terms in the same order, so the
 * explanation always sums to the score shown.
 */
final class Scorer {

    private static final double UNKNOWN = 0.5;
    private static final String[] URGENCY = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};

    final Weights weights;
    final Relations relations;
    final Compiled.Needs needs;
    final Compiled.Offers offers;
    private final double scale;

    Scorer(Weights weights, Relations relations, Compiled.Needs needs, Compiled.Offers offers) {
        this.weights = weights;
        this.relations = relations;
        this.needs = needs;
        this.offers = offers;
        this.scale = 100.0 / weights.total();
    }

    double score(int n, int o) {
        return (cheap(n, o) + weights.expertise() * needs.vectors[n].cosine(offers.vectors[o])
                + weights.ties() * ties(n, o) + weights.geography() * geography(n, o)) * scale;
    }

    /**
     * At least the score: the cheap criteria exactly, expertise by the signature bound of the
     * {@code mass} of the query's vector ({@code needSide}: the query is the need), ties and
     * geography at most.
     */
    double bound(int n, int o, double[] mass, boolean needSide) {
        double expertise = needSide ? TermVector.bound(mass, needs.vectors[n].signature, offers.signatures, o)
                : TermVector.bound(mass, offers.vectors[o].signature, needs.signatures, n);
        return (cheap(n, o) + weights.expertise() * expertise + relationsMax()) * scale;
    }

    /**
     * {@link #bound} of need {@code n} with each offer of {@code column}, into {@code into}: the same
     * terms in one pass over memory, codes past the 63rd taken as shared (so still at least the score).
     */
    void offerBounds(int n, double[] mass, Compiled.Column column, double[] into) {
        long subsectors = needs.subsectors[n];
        double perSubsector = inverse(needs.subsectorCount[n]);
        long modes = needs.modes[n];
        double perMode = inverse(Long.bitCount(modes));
        long languages = needs.languages[n];
        double logPopulation = needs.logPopulation[n];
        long[] signature = needs.vectors[n].signature;
        double fixed = weights.sector() + weights.urgency() * urgency(needs.urgency[n]) + relationsMax();
        for (int j = 0; j < column.members.length; j++) {
            into[j] = (fixed + pairBound(subsectors, column.subsectors[j], perSubsector, modes, column.modes[j],
                    perMode, languages, column.languages[j], logPopulation, column.logPopulation[j])
                    + weights.capacity() * column.own[j]
                    + weights.expertise() * TermVector.bound(mass, signature, column.signatures, j)) * scale;
        }
    }

    /** {@link #offerBounds} the other way round: offer {@code o} with each need of {@code column}. */
    void needBounds(int o, double[] mass, Compiled.Column column, double[] into) {
        long subsectors = offers.subsectors[o];
        long modes = offers.modes[o];
        long languages = offers.languages[o];
        double logPopulation = offers.logPopulation[o];
        long[] signature = offers.vectors[o].signature;
        double fixed = weights.sector() + weights.capacity() * offers.capacityFit[o] + relationsMax();
        for (int j = 0; j < column.members.length; j++) {
            into[j] = (fixed + pairBound(column.subsectors[j], subsectors, column.perSubsector[j], column.modes[j],
                    modes, column.perMode[j], column.languages[j], languages, column.logPopulation[j], logPopulation)
                    + weights.urgency() * column.own[j]
                    + weights.expertise() * TermVector.bound(mass, signature, column.signatures, j)) * scale;
        }
    }

    /** Subsector, support-mode, language and scale points of a pair in the same sector, at most. */
    private double pairBound(long needSubsectors, long offerSubsectors, double perSubsector, long needModes,
                             long offerModes, double perMode, long needLanguages, long offerLanguages,
                             double needLogPopulation, double offerLogPopulation) {
        long commonSubsectors = needSubsectors & offerSubsectors;
        double subsector = perSubsector < 0 || (commonSubsectors & Codes.RARE) != 0 ? 1
                : Long.bitCount(commonSubsectors) * perSubsector;
        double mode = perMode < 0 ? 0 : Long.bitCount(needModes & offerModes) * perMode;
        double language = needLanguages == 0 || offerLanguages == 0 ? UNKNOWN
                : (needLanguages & offerLanguages) != 0 ? 1 : 0;
        return weights.subsector() * subsector + weights.supportMode() * mode + weights.language() * language
                + weights.scale() * scale(needLogPopulation, offerLogPopulation);
    }

    /** 1 / {@code count}, or -1 for none. */
    static double inverse(int count) {
        return count == 0 ? -1 : 1.0 / count;
    }

    /** The most the other criteria (expertise, and ties and geography where relations are known) can add. */
    double restMax() {
        return (weights.expertise() + relationsMax()) * scale;
    }

    private double relationsMax() {
        return relations == Relations.NONE ? 0 : weights.ties() + weights.geography();
    }

    private double cheap(int n, int o) {
        double sector = sector(n, o);
        return weights.sector() * sector
                + weights.subsector() * subsector(n, o, sector)
                + weights.supportMode() * supportMode(n, offers.modes[o])
                + weights.language() * language(n, o)
                + weights.scale() * scale(needs.logPopulation[n], offers.logPopulation[o])
                + weights.urgency() * urgency(needs.urgency[n])
                + weights.capacity() * offers.capacityFit[o];
    }

    List<Explanation> explain(int n, int o) {
        var profileN = needs.profiles.get(n);
        var profileO = offers.profiles.get(o);
        double sector = sector(n, o);
        List<Explanation> parts = new ArrayList<>();
        add(parts, Criterion.SECTOR, sector, sector > 0 ? "sector.exact" : "sector.none", "sector", profileN.sector());
        double sub = subsector(n, o, sector);
        if (profileN.subsectors().isEmpty()) {
            add(parts, Criterion.SUBSECTOR, sub, sector > 0 ? "subsector.whole-sector" : "subsector.none");
        } else {
            add(parts, Criterion.SUBSECTOR, sub, "subsector.share", "percent", percent(sub));
        }
        double modes = supportMode(n, offers.modes[o]);
        add(parts, Criterion.SUPPORT_MODE, modes, "support.share", "percent", percent(modes),
                "modes", shared(profileN.supportModes(), profileO.supportModes()));
        double expertise = needs.vectors[n].cosine(offers.vectors[o]);
        if (expertise == 0) {
            add(parts, Criterion.EXPERTISE, expertise, "expertise.none");
        } else {
            add(parts, Criterion.EXPERTISE, expertise, "expertise.alike", "percent", percent(expertise));
        }
        double language = language(n, o);
        if (language == UNKNOWN) {
            add(parts, Criterion.LANGUAGE, language, "language.unknown");
        } else if (language > 0) {
            add(parts, Criterion.LANGUAGE, language, "language.shared", "languages",
                    shared(profileN.languages(), profileO.languages()));
        } else {
            add(parts, Criterion.LANGUAGE, language, "language.none");
        }
        double size = scale(needs.logPopulation[n], offers.logPopulation[o]);
        if (needs.population[n] == 0 || offers.population[o] == 0) {
            add(parts, Criterion.SCALE, size, "scale.unknown");
        } else {
            add(parts, Criterion.SCALE, size, "scale.populations", "need", Long.toString(needs.population[n]),
                    "offer", Long.toString(offers.population[o]));
        }
        add(parts, Criterion.URGENCY, urgency(needs.urgency[n]), "urgency.level", "urgency", URGENCY[needs.urgency[n]]);
        add(parts, Criterion.CAPACITY, offers.capacityFit[o], "capacity.free",
                "left", Integer.toString(profileO.capacityLeft()), "capacity", Integer.toString(profileO.capacity()));
        double ties = ties(n, o);
        add(parts, Criterion.TIES, ties, ties > 0 ? "ties.yes" : "ties.none");
        double geography = geography(n, o);
        add(parts, Criterion.GEOGRAPHY, geography, geography > 0 ? "geography.oblast" : "geography.none");
        return parts;
    }

    /** {@code params}: name, value, name, value… */
    private void add(List<Explanation> parts, Criterion criterion, double fit, String code, String... params) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            named.put(params[i], params[i + 1]);
        }
        parts.add(new Explanation(criterion, weights.of(criterion) * fit * scale, weights.of(criterion) * scale, code,
                Collections.unmodifiableMap(named)));
    }

    double sector(int n, int o) {
        return (needs.sector[n] & offers.sectors[o]) != 0 ? 1 : 0;
    }

    double subsector(int n, int o, double sector) {
        if (sector == 0) {
            return 0;
        }
        int wanted = needs.subsectorCount[n];
        if (wanted == 0) {
            return 1;
        }
        long common = needs.subsectors[n] & offers.subsectors[o];
        // The sets are read only for codes past the 63rd, which share a bit: rare, and slow to reach.
        int shared = (common & Codes.RARE) == 0 ? Long.bitCount(common)
                : Codes.shared(needs.profiles.get(n).subsectors(), offers.profiles.get(o).subsectors());
        return (double) shared / wanted;
    }

    /** Share of the modes the need asks for that {@code offered} (a mask) gives; exact as masks of modes stay few. */
    double supportMode(int n, long offered) {
        int wanted = Long.bitCount(needs.modes[n]);
        return wanted == 0 ? 0 : (double) Long.bitCount(needs.modes[n] & offered) / wanted;
    }

    double language(int n, int o) {
        long a = needs.languages[n];
        long b = offers.languages[o];
        if (a == 0 || b == 0) {
            return UNKNOWN;
        }
        long common = a & b;
        if ((common & ~Codes.RARE) != 0) {
            return 1;
        }
        return (common & Codes.RARE) != 0
                && Codes.shared(needs.profiles.get(n).languages(), offers.profiles.get(o).languages()) > 0 ? 1 : 0;
    }

    /** 1 for the same size, falling to 0 at a hundredfold difference; the sizes as log10, NaN if unknown. */
    static double scale(double logA, double logB) {
        if (Double.isNaN(logA) || Double.isNaN(logB)) {
            return UNKNOWN;
        }
        return Math.max(0, 1 - Math.abs(logA - logB) / 2);
    }

    static double urgency(int rank) {
        return (4 - rank) / 4.0;
    }

    double ties(int n, int o) {
        return relations.tied(needs.profiles.get(n).authorityId(), offers.profiles.get(o).authorityId()) ? 1 : 0;
    }

    double geography(int n, int o) {
        var oblast = needs.profiles.get(n).oblast();
        return oblast != null && relations.worksInOblast(offers.profiles.get(o).authorityId(), oblast) ? 1 : 0;
    }

    /** A share as a whole percentage, without the sign: the reader's language writes it. */
    private static String percent(double fit) {
        return Long.toString(Math.round(fit * 100));
    }

    /** The ids both sides have, comma-separated; empty when none. */
    private static String shared(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).sorted().collect(Collectors.joining(","));
    }
}
