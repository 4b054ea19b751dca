package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.events.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a need and an offer share: texts in the page languages with the one the author wrote marked, the taxonomy's subsectors and support
 * modes, expertise tags, working languages, who posted it and when. Each keeps its own table and
 * status enum; only the columns of the same name and meaning live here.
 */
@MappedSuperclass
public abstract class Posting extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID authorityId;
    public String titleUk;
    public String titleEn;
    public String titleDe;
    public String titlePl;
    public String titleOriginal;
    public String descriptionUk;
    public String descriptionEn;
    public String descriptionDe;
    public String descriptionPl;
    public String descriptionOriginal;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subsectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> supportModes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertiseTags = new ArrayList<>();

    /** The tags as one text, for the full-text index (PostgreSQL cannot index an array's text). */
    public String tagsText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant publishedAt;

    @Version
    public long version;

    /**
     * Its authority is suspended: it is left out of public lists and pages. Written only by
     * {@link Suspensions}, from the authority's events, never by an edit of the posting.
     */
    @Column(insertable = false, updatable = false)
    public boolean authoritySuspended;

    protected void start(UUID authorityId, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.authorityId = authorityId;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Duplicates are dropped and tags stripped, so that the same word never counts twice in matching. */
    protected void applyShared(Texts title, Texts description, List<String> subsectors, List<String> supportModes,
                               List<String> expertiseTags, List<String> languages) {
        titleUk = blankToNull(title.uk());
        titleEn = blankToNull(title.en());
        titleDe = blankToNull(title.de());
        titlePl = blankToNull(title.pl());
        titleOriginal = title.originalLanguage().orElseThrow();
        boolean described = description != null && !description.isEmpty();
        descriptionUk = described ? blankToNull(description.uk()) : null;
        descriptionEn = described ? blankToNull(description.en()) : null;
        descriptionDe = described ? blankToNull(description.de()) : null;
        descriptionPl = described ? blankToNull(description.pl()) : null;
        descriptionOriginal = described ? description.originalLanguage().orElseThrow() : null;
        this.subsectors = distinct(subsectors);
        this.supportModes = distinct(supportModes);
        this.expertiseTags = distinct(expertiseTags.stream().map(String::strip).toList());
        tagsText = String.join(" ", this.expertiseTags);
        this.languages = distinct(languages);
    }

    /** Records a move; the first time a posting opens is its publication date. */
    protected void moved(boolean toOpen, Instant now) {
        if (toOpen && publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    public Texts title() {
        return new Texts(titleUk, titleEn, titleDe, titlePl, titleOriginal);
    }

    /** Null when there is no description. */
    public Texts description() {
        return descriptionOriginal == null ? null
                : new Texts(descriptionUk, descriptionEn, descriptionDe, descriptionPl, descriptionOriginal);
    }

    /** As the posting events carry it. */
    public static LocalizedText event(Texts texts) {
        return texts == null ? null : new LocalizedText(texts.uk(), texts.en(), texts.de(), texts.pl(), texts.original());
    }

    protected static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(values.stream().distinct().toList());
    }
}
