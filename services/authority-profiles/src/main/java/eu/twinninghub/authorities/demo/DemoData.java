package eu.twinninghub.authorities.demo;

import eu.twinninghub.api.authority.AuthorityFields;
import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.authorities.app.AuthorityEvents;
import eu.twinninghub.authorities.domain.Authority;
import eu.twinninghub.events.Event;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.messaging.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds the register from the reference data for demos and local runs: every hromada with a KATOTTG
 * code, the EU municipalities that have a Ukrainian partner, and the Association of Ukrainian Cities
 * as a partner network. Idempotent: what exists is left alone, so a restart adds nothing twice.
 * The demo accounts' authorities (Vinnytsia, Aachen, the AUC) start verified so that they can act.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String SEEDED_BY = "demo-data";
    private static final String AUC = "network:auc";
    private static final List<String> VERIFIED = List.of("UA05020030000031457", "DE:Aachen", AUC);
    /** The working language of a municipality, by country, for the countries in the reference data. */
    private static final Map<String, String> LANGUAGE = Map.of("DE", "de", "PL", "pl", "SE", "sv", "BG", "bg");
    private static final int BATCH = 200;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "twinning.demo-data.enabled")
    boolean enabled;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed(AUC, AuthorityKind.PARTNER_NETWORK, "UA", new AuthorityFields("Асоціація міст України",
                null, "Association of Ukrainian Cities", List.of("AUC", "АМУ"), null, null, null, null, null, null,
                List.of("uk", "en"), List.of(), List.of(), "https://auc.org.ua")));
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
            Authority authority = Authority.register(id, seed.kind(), seed.country(), seed.fields(), List.of(),
                    SEEDED_BY, clock.instant());
            boolean verified = VERIFIED.contains(seed.identity());
            if (verified) {
                authority.changeVerification(Verification.VERIFIED, SEEDED_BY, "demo account", clock.instant());
            }
            authority.persist();
            outbox.add(Event.of("authority-profiles", new AuthorityRegistered(id, AuthorityEvents.profile(authority)), clock));
            if (verified) {
                outbox.add(Event.of("authority-profiles", new AuthorityVerified(id, SEEDED_BY, "demo account"), clock));
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
        Map<String, Seed> oblasts = new java.util.TreeMap<>();
        List<Seed> hromadas = new ArrayList<>();
        for (List<String> row : Csv.read(resource("demo/ua-hromadas.csv"))) {
            String code = row.get(0);
            String oblast = oblastName(row.get(2));
            UUID parent = null;
            if (oblast != null) {
                Seed seed = oblasts.computeIfAbsent(oblast, name -> new Seed("oblast:" + name, AuthorityKind.OBLAST, "UA",
                        new AuthorityFields(name, null, null, List.of(), null, null, null, null, null, null,
                                List.of("uk"), List.of(), List.of(), null)));
                parent = Authority.idFor(seed.identity());
            }
            // some rows of the source know neither oblast, raion nor population: left empty, never guessed
            String region = String.join(", ", row.subList(2, 4).stream().filter(s -> !s.isBlank()).toList());
            Long population = row.get(5).isBlank() ? null : Long.valueOf(row.get(5));
            hromadas.add(new Seed(code, AuthorityKind.HROMADA, "UA", new AuthorityFields(row.get(1), null, null,
                    List.of(), code, parent, region.isEmpty() ? null : region, row.get(4), population, null,
                    List.of("uk"), List.of(), List.of(), null)));
        }
        List<Seed> seeds = new ArrayList<>(oblasts.values());
        seeds.addAll(hromadas);
        return seeds;
    }

    /** The source writes "Волинська" once for "Волинська область". */
    private static String oblastName(String raw) {
        if (raw.isBlank()) {
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
        Map<String, Seed> regions = new java.util.TreeMap<>();
        List<Seed> municipalities = new ArrayList<>();
        int skipped = 0;
        for (List<String> row : Csv.read(resource("demo/eu-partner-municipalities.csv"))) {
            String name = row.get(0);
            String country = row.get(1);
            String region = row.get(2).isBlank() || !isLatin(row.get(2)) ? null : row.get(2);
            if (name.contains(",") || !isLatin(name) || !LANGUAGE.containsKey(country)) {
                skipped++;
                continue;
            }
            UUID parent = null;
            if (region != null) {
                Seed seed = regions.computeIfAbsent(country + ":" + region, identity -> new Seed("region:" + identity,
                        AuthorityKind.REGION, country, new AuthorityFields(region, region, null, List.of(), null, null,
                        null, null, null, null, List.of(LANGUAGE.get(country)), List.of(), List.of(), null)));
                parent = Authority.idFor(seed.identity());
            }
            municipalities.add(new Seed(country + ":" + name, AuthorityKind.MUNICIPALITY, country,
                    new AuthorityFields(name, name, null, List.of(), null, parent, region, null, null, null,
                            List.of(LANGUAGE.get(country)), List.of(), List.of(), null)));
        }
        LOG.debugf("demo data: %d municipality rows are not one municipality and were left out", skipped);
        List<Seed> seeds = new ArrayList<>(regions.values());
        seeds.addAll(municipalities);
        return seeds;
    }

    private static boolean isLatin(String text) {
        return text.matches("[\\p{IsLatin}\\s.'()/-]+");
    }

    private static InputStream resource(String path) {
        InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }

    private record Seed(String identity, AuthorityKind kind, String country, AuthorityFields fields) {
    }

    /** RFC 4180 without line breaks inside fields, which the reference files do not have. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> read(InputStream in) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<List<String>> rows = new ArrayList<>();
                reader.readLine();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        rows.add(split(line));
                    }
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
