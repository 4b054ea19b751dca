package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Offer extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID authorityId;
    public String titleUk;
    public String titleEn;
    public String descriptionUk;
    public String descriptionEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subsectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> supportModes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertiseTags = new ArrayList<>();

    /** The tags as one text, for the full-text index. */
    public String tagsText;

    public int capacity;
    public int partners;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    public LocalDate availableFrom;
    public LocalDate availableUntil;
    public Integer staffDays;
    public Long fundingEur;
    public String equipment;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant publishedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    public List<OfferStatusChange> history = new ArrayList<>();

    public static Offer draft(OfferInput input, String by, Instant now) {
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.authorityId = input.authorityId();
        offer.apply(input);
        offer.status = OfferStatus.DRAFT;
        offer.createdBy = by;
        offer.createdAt = now;
        offer.updatedAt = now;
        offer.history.add(OfferStatusChange.of(offer, null, OfferStatus.DRAFT, by, now, null));
        return offer;
    }

    public int capacityLeft() {
        return Math.max(0, capacity - partners);
    }

    public void edit(OfferInput input, Instant now) {
        apply(input);
        updatedAt = now;
    }

    public void moveTo(OfferStatus next, String by, String reason, Instant now) {
        history.add(OfferStatusChange.of(this, status, next, by, now, reason));
        if (next == OfferStatus.OPEN && publishedAt == null) {
            publishedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    private void apply(OfferInput input) {
        titleUk = blankToNull(input.title().uk());
        titleEn = blankToNull(input.title().en());
        descriptionUk = input.description() == null ? null : blankToNull(input.description().uk());
        descriptionEn = input.description() == null ? null : blankToNull(input.description().en());
        sectors = new ArrayList<>(input.sectors().stream().distinct().toList());
        subsectors = new ArrayList<>(input.subsectors().stream().distinct().toList());
        supportModes = new ArrayList<>(input.supportModes().stream().distinct().toList());
        expertiseTags = new ArrayList<>(input.expertiseTags().stream().map(String::strip).distinct().toList());
        tagsText = String.join(" ", expertiseTags);
        capacity = input.capacity();
        languages = new ArrayList<>(input.languages().stream().distinct().toList());
        availableFrom = input.availableFrom();
        availableUntil = input.availableUntil();
        staffDays = input.staffDays();
        fundingEur = input.fundingEur();
        equipment = blankToNull(input.equipment());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
