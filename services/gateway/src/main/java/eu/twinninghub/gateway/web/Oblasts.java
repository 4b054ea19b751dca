package eu.twinninghub.gateway.web;

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
import java.util.UUID;

/**
 * Ukraine's oblasts from the register, for the filters of the list pages. The register changes
 * seldom and the needs page is the busiest: the list is read at most every ten minutes, and a
 * register that cannot be read leaves the filter out rather than the page.
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
    private volatile List<Oblast> known = List.of();
    private volatile long readAt;

    public Oblasts(Downstreams downstreams) {
        this.downstreams = downstreams;
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
            String cursor = null;
            do {
                String from = cursor;
                var page = downstreams.authorities().read(api -> api.list(new AuthorityQuery(null, "UA", "OBLAST", null,
                        null, null, null, from, 100)));
                for (AuthorityView oblast : page.items()) {
                    var profile = oblast.profile();
                    read.add(new Oblast(oblast.id(), profile.nameOfficial(),
                            profile.nameEnglish() != null ? profile.nameEnglish() : profile.nameLatin()));
                }
                cursor = page.next();
            } while (cursor != null);
        } catch (RuntimeException unavailable) {
            return;
        }
        known = List.copyOf(read);
        readAt = System.nanoTime();
    }
}
