package eu.twinninghub.gateway.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.twinninghub.api.authority.AuthorityQuery;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.gateway.downstream.Downstreams;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Ukraine's oblasts from the register, and the rayons of each, for the filters of the list pages.
 * The register changes seldom and the needs page is the busiest: each list is read at most every
 * ten minutes, and a register that cannot be read leaves the filter out rather than the page.
 */
@ApplicationScoped
public class Oblasts {

    private static final Duration FRESH = Duration.ofMinutes(10);

    /** An oblast as a filter offers it: its id and its name in Ukrainian and in Latin letters. */
    public record Oblast(UUID id, String nameUk, String nameLatin) {

        public String name(String lang) {
            return "uk".equals(lang) || nameLatin == null ? nameUk : nameLatin;
        }
    }

    private final Downstreams downstreams;
    private final Cache<UUID, List<String>> rayons = Caffeine.newBuilder().maximumSize(50).expireAfterWrite(FRESH)
            .build();
    private volatile List<Oblast> known = List.of();
    private volatile long readAt;

    public Oblasts(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    /**
     * The rayons of {@code oblast}'s hromadas, by the register's (Ukrainian) names, in Ukrainian order;
     * none without an oblast, or while the register cannot be read.
     */
    public List<String> rayonsOf(UUID oblast) {
        if (oblast == null) {
            return List.of();
        }
        List<String> known = rayons.getIfPresent(oblast);
        if (known != null) {
            return known;
        }
        Set<String> found = new TreeSet<>(Collator.getInstance(Locale.forLanguageTag("uk")));
        try {
            each(new AuthorityQuery(null, "UA", null, null, null, null, oblast, null, 100), authority -> {
                if (authority.profile().rayon() != null) {
                    found.add(authority.profile().rayon());
                }
            });
        } catch (RuntimeException unavailable) {
            return List.of();
        }
        List<String> sorted = List.copyOf(found);
        rayons.put(oblast, sorted);
        return sorted;
    }

    /** The oblasts, sorted by their name in {@code lang}; empty while the register cannot be read. */
    public List<Oblast> sorted(String lang) {
        if (known.isEmpty() || System.nanoTime() - readAt > FRESH.toNanos()) {
            refresh();
        }
        Collator order = Collator.getInstance(Locale.forLanguageTag(lang));
        return known.stream().sorted(Comparator.comparing((Oblast o) -> o.name(lang), order)).toList();
    }

    private void refresh() {
        List<Oblast> read = new ArrayList<>();
        try {
            each(new AuthorityQuery(null, "UA", "OBLAST", null, null, null, null, null, 100), oblast -> {
                var profile = oblast.profile();
                read.add(new Oblast(oblast.id(), profile.nameOfficial(),
                        profile.nameEnglish() != null ? profile.nameEnglish() : profile.nameLatin()));
            });
        } catch (RuntimeException unavailable) {
            return;
        }
        known = List.copyOf(read);
        readAt = System.nanoTime();
    }

    /** Every authority {@code query} finds, page after page. */
    private void each(AuthorityQuery query, Consumer<AuthorityView> visit) {
        String cursor = null;
        do {
            String from = cursor;
            var page = downstreams.authorities().read(api -> api.list(new AuthorityQuery(query.q(), query.country(),
                    query.kind(), null, null, null, query.parent(), from, query.limit())));
            page.items().forEach(visit);
            cursor = page.next();
        } while (cursor != null);
    }
}
