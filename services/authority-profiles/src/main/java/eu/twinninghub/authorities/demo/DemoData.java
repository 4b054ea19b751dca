package eu.twinninghub.authorities.demo;

import eu.twinninghub.api.authority.AuthorityFields;
import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.events.AuthorityEvents;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.reference.ReferenceData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds the register from the reference data for demos and local runs: every hromada with a KATOTTG
 * code under its oblast, the EU municipalities that have a Ukrainian partner under their region, and
 * the Association of Ukrainian Cities as a partner network. Idempotent: what exists is left alone.
 *
 * <p>So that the demo has published needs and offers, it marks VERIFIED — by "demo-data", with the
 * reason in the history — the hromadas whose development strategy lists projects and the
 * municipalities with a partnership on record, and the demo account's Vinnytsia; the other
 * hromadas stay PENDING, for partner networks to verify.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String SEEDED_BY = "demo-data";
    private static final String AUC = "network:auc";
    /** Vinnytsia city hromada, the authority of the demo account vinnytsia-admin. */
    private static final String DEMO_ACCOUNT_HROMADA = "UA05020030000031457";
    /** The working language of a municipality, by country, for the countries in the reference data. */
    private static final Map<String, String> LANGUAGE = Map.of("DE", "de", "PL", "pl", "SE", "sv", "BG", "bg");
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final Clock clock;

    @ConfigProperty(name = "twinning.demo-data.enabled")
    boolean enabled;

    public DemoData(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    private record Seed(String identity, AuthorityKind kind, String country, AuthorityFields fields, String verifiedWhy) {
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed(AUC, AuthorityKind.PARTNER_NETWORK, "UA", new AuthorityFields("Асоціація міст України",
                null, "Association of Ukrainian Cities", List.of("AUC", "АМУ"), null, null, null, null, null, null, null,
                List.of("uk", "en"), List.of(), List.of(), "https://auc.org.ua"), "demo partner network"));
        seeds.addAll(hromadasWithTheirOblasts());
        seeds.addAll(municipalitiesWithTheirRegions());
        int added = 0;
        for (int from = 0; from < seeds.size(); from += BATCH) {
            List<Seed> batch = seeds.subList(from, Math.min(seeds.size(), from + BATCH));
            added += QuarkusTransaction.requiringNew().call(() -> insertMissing(batch));
        }
        LOG.infof("demo data: %d authorities added, %d were there already", added, seeds.size() - added);
    }

    private int insertMissing(List<Seed> batch) {
        int added = 0;
        for (Seed seed : batch) {
            UUID id = Authority.idFor(seed.identity());
            if (Authority.findById(id) != null) {
                continue;
            }
            Authority authority = Authority.register(id, seed.kind(), seed.country(), seed.fields(),
                    SEEDED_BY, clock.instant());
            if (seed.verifiedWhy() != null) {
                authority.changeVerification(Verification.VERIFIED, SEEDED_BY, seed.verifiedWhy(), clock.instant());
            }
            authority.persist();
            outbox.add(new AuthorityRegistered(id, AuthorityEvents.profile(authority)));
            if (seed.verifiedWhy() != null) {
                outbox.add(new AuthorityVerified(id, SEEDED_BY, seed.verifiedWhy()));
            }
            added++;
        }
        return added;
    }

    /**
     * Oblasts come first so that hromadas can point at them. The reference data names each hromada's
     * oblast but has no oblast KATOTTG codes: oblasts are seeded without one (shown as
     * {@code officialCodeKnown: false}) rather than with a made-up code.
     */
    private static List<Seed> hromadasWithTheirOblasts() {
        Set<String> withStrategy = ReferenceData.projects().stream().map(ReferenceData.Project::katottg)
                .collect(Collectors.toSet());
        Map<String, Seed> oblasts = new TreeMap<>();
        List<Seed> hromadas = new ArrayList<>();
        for (ReferenceData.Hromada row : ReferenceData.hromadas()) {
            String oblast = oblastName(row.oblast());
            UUID parent = null;
            if (oblast != null) {
                Seed seed = oblasts.computeIfAbsent(oblast, name -> new Seed("oblast:" + name, AuthorityKind.OBLAST, "UA",
                        new AuthorityFields(name, null, null, List.of(), null, null, null, null, null, null, null,
                                List.of("uk"), List.of(), List.of(), null), null));
                parent = Authority.idFor(seed.identity());
            }
            String region = String.join(", ", java.util.stream.Stream.of(row.oblast(), row.raion())
                    .filter(s -> s != null).toList());
            hromadas.add(new Seed(row.katottg(), AuthorityKind.HROMADA, "UA", new AuthorityFields(row.name(), null,
                    null, List.of(), row.katottg(), parent, region.isEmpty() ? null : region, row.raion(), row.type(),
                    row.population(), null, List.of("uk"), List.of(), List.of(), null),
                    withStrategy.contains(row.katottg()) ? "demo data: development strategy on record"
                            : DEMO_ACCOUNT_HROMADA.equals(row.katottg()) ? "demo account" : null));
        }
        List<Seed> seeds = new ArrayList<>(oblasts.values());
        seeds.addAll(hromadas);
        return seeds;
    }

    /** The source writes "Волинська" once for "Волинська область". */
    private static String oblastName(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.endsWith(" область") ? raw : raw + " область";
    }

    /**
     * Rows naming a group of towns ("Metzingen, Bad Urach, ...") or written in another script than
     * the town's own are not one municipality's official name, so they are left out; so are region
     * names not in the region's own script. Regions are seeded without NUTS codes: the data has none.
     */
    private static List<Seed> municipalitiesWithTheirRegions() {
        Map<String, Seed> regions = new TreeMap<>();
        List<Seed> municipalities = new ArrayList<>();
        int skipped = 0;
        for (ReferenceData.Municipality row : ReferenceData.municipalities()) {
            String name = row.name();
            String country = row.country();
            String region = row.region() == null || !isLatin(row.region()) ? null : row.region();
            if (name.contains(",") || !isLatin(name) || !LANGUAGE.containsKey(country)) {
                skipped++;
                continue;
            }
            UUID parent = null;
            if (region != null) {
                Seed seed = regions.computeIfAbsent(country + ":" + region, identity -> new Seed("region:" + identity,
                        AuthorityKind.REGION, country, new AuthorityFields(region, region, null, List.of(), null, null,
                        null, null, null, null, null, List.of(LANGUAGE.get(country)), List.of(), List.of(), null), null));
                parent = Authority.idFor(seed.identity());
            }
            municipalities.add(new Seed(country + ":" + name, AuthorityKind.MUNICIPALITY, country,
                    new AuthorityFields(name, name, null, List.of(), null, parent, region, null, null, null, null,
                            List.of(LANGUAGE.get(country)), List.of(), List.of(), null),
                    "demo data: partnership with a Ukrainian community on record"));
        }
        LOG.debugf("demo data: %d municipality rows are not one municipality and were left out", skipped);
        List<Seed> seeds = new ArrayList<>(regions.values());
        seeds.addAll(municipalities);
        return seeds;
    }

    private static boolean isLatin(String text) {
        return text.matches("[\\p{IsLatin}\\s.'()/-]+");
    }
}
