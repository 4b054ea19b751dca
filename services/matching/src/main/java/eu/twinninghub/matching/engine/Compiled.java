package eu.twinninghub.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/** The profiles of one snapshot as arrays of masks and vectors: what scoring reads millions of times. */
final class Compiled {

    private Compiled() {
    }

    static final class Needs {
        final List<NeedProfile> profiles;
        final Map<UUID, Integer> index = new HashMap<>();
        final long[] sector;
        final long[] subsectors;
        final long[] modes;
        final long[] languages;
        final int[] urgency;
        final long[] population;
        final double[] logPopulation;
        final int[] subsectorCount;
        final int[] authority;
        final long[] signatures;
        /** The needs of each sector (by the sector's bit), for the index. */
        final Map<Long, Column> bySector;
        final TermVector[] vectors;

        Needs(List<NeedProfile> profiles, Codes sectors, Codes subsectorCodes, Codes modeCodes, Codes languageCodes,
              Vocabulary vocabulary, Map<UUID, Integer> authorities) {
            int size = profiles.size();
            this.profiles = profiles;
            sector = new long[size];
            subsectors = new long[size];
            modes = new long[size];
            languages = new long[size];
            urgency = new int[size];
            population = new long[size];
            logPopulation = new double[size];
            subsectorCount = new int[size];
            authority = new int[size];
            vectors = new TermVector[size];
            Map<Long, List<Integer>> sectorLists = new HashMap<>();
            for (int i = 0; i < size; i++) {
                NeedProfile p = profiles.get(i);
                subsectorCount[i] = p.subsectors().size();
                authority[i] = authorities.computeIfAbsent(p.authorityId(), a -> authorities.size());
                if (index.put(p.id(), i) != null) {
                    throw new IllegalArgumentException("need " + p.id() + " is given twice");
                }
                sector[i] = sectors.bit(p.sector());
                subsectors[i] = subsectorCodes.mask(p.subsectors());
                modes[i] = modeCodes.mask(p.supportModes());
                languages[i] = languageCodes.mask(p.languages());
                urgency[i] = Math.clamp(p.urgency(), 0, 3);
                population[i] = p.population() == null ? 0 : p.population();
                logPopulation[i] = logOf(p.population());
                vectors[i] = vocabulary.vector(p.tags(), p.text());
                sectorLists.computeIfAbsent(sector[i], s -> new ArrayList<>()).add(i);
            }
            signatures = TermVector.signatures(vectors);
            bySector = columns(sectorLists, members -> new Column(members, subsectors, modes, languages,
                    logPopulation, signatures, j -> Scorer.urgency(urgency[j]), j -> subsectorCount[j],
                    j -> Long.bitCount(modes[j])));
        }
    }

    static final class Offers {
        final List<OfferProfile> profiles;
        final Map<UUID, Integer> index = new HashMap<>();
        final long[] sectors;
        final long[] subsectors;
        final long[] modes;
        final long[] languages;
        final long[] population;
        final double[] logPopulation;
        final double[] capacityFit;
        final int[] free;
        final int[] authority;
        final long[] signatures;
        final TermVector[] vectors;
        /** The offers of each sector (by the sector's bit); an offer of two sectors is in both. */
        final Map<Long, Column> bySector;

        Offers(List<OfferProfile> profiles, Codes sectorCodes, Codes subsectorCodes, Codes modeCodes,
               Codes languageCodes, Vocabulary vocabulary, Map<UUID, Integer> authorities) {
            int size = profiles.size();
            this.profiles = profiles;
            sectors = new long[size];
            subsectors = new long[size];
            modes = new long[size];
            languages = new long[size];
            population = new long[size];
            logPopulation = new double[size];
            capacityFit = new double[size];
            free = new int[size];
            authority = new int[size];
            vectors = new TermVector[size];
            Map<Long, List<Integer>> sectorLists = new HashMap<>();
            for (int i = 0; i < size; i++) {
                OfferProfile p = profiles.get(i);
                free[i] = p.capacityLeft();
                authority[i] = authorities.computeIfAbsent(p.authorityId(), a -> authorities.size());
                if (index.put(p.id(), i) != null) {
                    throw new IllegalArgumentException("offer " + p.id() + " is given twice");
                }
                sectors[i] = sectorCodes.mask(p.sectors());
                subsectors[i] = subsectorCodes.mask(p.subsectors());
                modes[i] = modeCodes.mask(p.supportModes());
                languages[i] = languageCodes.mask(p.languages());
                population[i] = p.population() == null ? 0 : p.population();
                logPopulation[i] = logOf(p.population());
                capacityFit[i] = p.capacity() <= 0 ? 0 : (double) p.capacityLeft() / p.capacity();
                vectors[i] = vocabulary.vector(p.tags(), p.text());
                for (long bits = sectors[i]; bits != 0; bits &= bits - 1) {
                    sectorLists.computeIfAbsent(Long.lowestOneBit(bits), s -> new ArrayList<>()).add(i);
                }
            }
            signatures = TermVector.signatures(vectors);
            bySector = columns(sectorLists, members -> new Column(members, subsectors, modes, languages,
                    logPopulation, signatures, j -> capacityFit[j], j -> 0, j -> 0));
        }
    }

    /**
     * One sector's candidates with what their score's bound reads, copied side by side: a query scans
     * a tenth of all candidates, and reading them in order instead of scattered over the whole
     * snapshot's arrays is most of the index's speed.
     */
    static final class Column {
        final int[] members;
        final long[] subsectors;
        final long[] modes;
        final long[] languages;
        final double[] logPopulation;
        final long[] signatures;
        /** What the candidate brings whoever asks (0–1): an offer's share of free places, a need's urgency. */
        final double[] own;
        /** For needs: 1 / how many subsectors and support modes the need asks for (-1 for none). */
        final double[] perSubsector;
        final double[] perMode;

        private Column(int[] members, long[] subsectors, long[] modes, long[] languages, double[] logPopulation,
                       long[] signatures, IntToDoubleFunction own, IntUnaryOperator subsectorCount,
                       IntUnaryOperator modeCount) {
            int size = members.length;
            this.members = members;
            this.subsectors = new long[size];
            this.modes = new long[size];
            this.languages = new long[size];
            this.logPopulation = new double[size];
            this.signatures = new long[size * TermVector.WORDS];
            this.own = new double[size];
            this.perSubsector = new double[size];
            this.perMode = new double[size];
            for (int j = 0; j < size; j++) {
                int i = members[j];
                this.subsectors[j] = subsectors[i];
                this.modes[j] = modes[i];
                this.languages[j] = languages[i];
                this.logPopulation[j] = logPopulation[i];
                System.arraycopy(signatures, i * TermVector.WORDS, this.signatures, j * TermVector.WORDS,
                        TermVector.WORDS);
                this.own[j] = own.applyAsDouble(i);
                this.perSubsector[j] = Scorer.inverse(subsectorCount.applyAsInt(i));
                this.perMode[j] = Scorer.inverse(modeCount.applyAsInt(i));
            }
        }
    }

    private static double logOf(Long population) {
        return population == null || population <= 0 ? Double.NaN : Math.log10(population);
    }

    private static Map<Long, Column> columns(Map<Long, List<Integer>> lists, Function<int[], Column> column) {
        Map<Long, Column> columns = new HashMap<>();
        lists.forEach((sector, members) ->
                columns.put(sector, column.apply(members.stream().mapToInt(Integer::intValue).toArray())));
        return columns;
    }
}
