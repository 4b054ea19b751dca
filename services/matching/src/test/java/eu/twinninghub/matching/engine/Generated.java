package eu.twinninghub.matching.engine;

import eu.twinninghub.api.taxonomy.Sector;
import eu.twinninghub.api.taxonomy.SupportMode;
import eu.twinninghub.api.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Needs and offers drawn at random, the same for the same seed, shaped like the platform's: the
 * real taxonomy, a few tags from a vocabulary where some words are far more common than others,
 * hromadas from villages to cities (log-normal populations around the national median), EU
 * offering towns larger on average. {@link #needsFromBothSides} and {@link #offersFromBothSides} turn
 * a share of them around: EU towns asking, hromadas offering.
 */
public final class Generated {

    private static final List<String> LANGUAGES = List.of("uk", "en", "de", "pl", "fr", "it", "es", "lt");
    private static final int WORDS = 400;

    private final Random random;
    private final List<Sector> sectors = Taxonomy.standard().sectors();
    private final List<SupportMode> modes = Taxonomy.standard().supportModes();
    private final List<UUID> hromadas = new ArrayList<>();
    private final List<Long> hromadaPopulation = new ArrayList<>();
    private final List<UUID> oblasts = new ArrayList<>();

    public Generated(long seed, int hromadaCount) {
        random = new Random(seed);
        for (int i = 0; i < 24; i++) {
            oblasts.add(new UUID(seed, i));
        }
        for (int i = 0; i < hromadaCount; i++) {
            hromadas.add(new UUID(seed + 1, i));
            hromadaPopulation.add(Math.round(Math.exp(Math.log(10_700) + random.nextGaussian() * 1.0)));
        }
    }

    public List<NeedProfile> needs(int count) {
        return needsFromBothSides(count, 0);
    }

    /** Needs, {@code euShare} of them (0 to 1) posted by EU towns: no oblast, town-sized. */
    public List<NeedProfile> needsFromBothSides(int count, double euShare) {
        List<NeedProfile> needs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int h = random.nextInt(hromadas.size());
            Sector sector = sectors.get(random.nextInt(sectors.size()));
            boolean eu = random.nextDouble() < euShare;
            long population = eu ? townPopulation() : hromadaPopulation.get(h);
            needs.add(new NeedProfile(new UUID(2, i), eu ? new UUID(4, i / 2) : hromadas.get(h), sector.id(),
                    Set.of(sector.subsectors().get(random.nextInt(sector.subsectors().size())).id()),
                    pick(modes.stream().map(SupportMode::id).toList(), 1 + random.nextInt(3)), tags(), text(),
                    languages(), random.nextInt(4), population, eu ? null : oblasts.get(h % oblasts.size()),
                    !eu && population < 8_000));
        }
        return needs;
    }

    public List<OfferProfile> offers(int count) {
        return offersFromBothSides(count, 0);
    }

    /** Offers, {@code hromadaShare} of them (0 to 1) by hromadas sharing their know-how. */
    public List<OfferProfile> offersFromBothSides(int count, double hromadaShare) {
        List<OfferProfile> offers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean hromada = random.nextDouble() < hromadaShare;
            Set<String> offered = new LinkedHashSet<>();
            Set<String> subsectors = new LinkedHashSet<>();
            for (int s = 0; s < 1 + random.nextInt(2); s++) {
                Sector sector = sectors.get(random.nextInt(sectors.size()));
                offered.add(sector.id());
                subsectors.add(sector.subsectors().get(random.nextInt(sector.subsectors().size())).id());
            }
            int capacity = 1 + random.nextInt(3);
            int h = random.nextInt(hromadas.size());
            offers.add(new OfferProfile(new UUID(3, i), hromada ? hromadas.get(h) : new UUID(4, i / 2), offered,
                    subsectors, pick(modes.stream().map(SupportMode::id).toList(), 1 + random.nextInt(4)), tags(), text(),
                    languages(), capacity, capacity, hromada ? hromadaPopulation.get(h) : townPopulation(),
                    !hromada && random.nextInt(10) == 0));
        }
        return offers;
    }

    private long townPopulation() {
        return Math.round(Math.exp(Math.log(40_000) + random.nextGaussian()));
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < 1 + random.nextInt(4); t++) {
            tags.add(word());
        }
        return tags;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 5 + random.nextInt(15); w++) {
            text.append(word()).append(' ');
        }
        return text.toString();
    }

    /** Zipf-like: word n is about n times rarer than the first. */
    private String word() {
        int n = (int) Math.floor(Math.pow(WORDS, random.nextDouble()));
        return "word" + n + "x";
    }

    private Set<String> languages() {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(random.nextInt(3) == 0 ? "uk" : "en");
        if (random.nextBoolean()) {
            languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }
        return languages;
    }

    private Set<String> pick(List<String> from, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, from.size())) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }
}
