package eu.twinninghub.matching.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        final TermVector[] vectors;

        Needs(List<NeedProfile> profiles, Codes sectors, Codes subsectorCodes, Codes modeCodes, Codes languageCodes,
              Vocabulary vocabulary) {
            int size = profiles.size();
            this.profiles = profiles;
            sector = new long[size];
            subsectors = new long[size];
            modes = new long[size];
            languages = new long[size];
            urgency = new int[size];
            population = new long[size];
            vectors = new TermVector[size];
            for (int i = 0; i < size; i++) {
                NeedProfile p = profiles.get(i);
                if (index.put(p.id(), i) != null) {
                    throw new IllegalArgumentException("need " + p.id() + " is given twice");
                }
                sector[i] = sectors.bit(p.sector());
                subsectors[i] = subsectorCodes.mask(p.subsectors());
                modes[i] = modeCodes.mask(p.supportModes());
                languages[i] = languageCodes.mask(p.languages());
                urgency[i] = Math.clamp(p.urgency(), 0, 3);
                population[i] = p.population() == null ? 0 : p.population();
                vectors[i] = vocabulary.vector(p.tags(), p.text());
            }
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
        final TermVector[] vectors;

        Offers(List<OfferProfile> profiles, Codes sectorCodes, Codes subsectorCodes, Codes modeCodes,
               Codes languageCodes, Vocabulary vocabulary) {
            int size = profiles.size();
            this.profiles = profiles;
            sectors = new long[size];
            subsectors = new long[size];
            modes = new long[size];
            languages = new long[size];
            population = new long[size];
            vectors = new TermVector[size];
            for (int i = 0; i < size; i++) {
                OfferProfile p = profiles.get(i);
                if (index.put(p.id(), i) != null) {
                    throw new IllegalArgumentException("offer " + p.id() + " is given twice");
                }
                sectors[i] = sectorCodes.mask(p.sectors());
                subsectors[i] = subsectorCodes.mask(p.subsectors());
                modes[i] = modeCodes.mask(p.supportModes());
                languages[i] = languageCodes.mask(p.languages());
                population[i] = p.population() == null ? 0 : p.population();
                vectors[i] = vocabulary.vector(p.tags(), p.text());
            }
        }
    }
}
