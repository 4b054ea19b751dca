package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.needsoffers.posting.Posting;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Offer extends Posting {

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors = new ArrayList<>();

    public int capacity;

    /** Partnerships the offer is in now; set by matching's events, never by the owner. */
    public int partners;

    public LocalDate availableFrom;
    public LocalDate availableUntil;
    public Integer staffDays;
    public Long fundingEur;
    public String equipment;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    public List<OfferStatusChange> history = new ArrayList<>();

    public static Offer draft(OfferInput input, String by, Instant now) {
        Offer offer = new Offer();
        offer.start(input.authorityId(), by, now);
        offer.apply(input);
        offer.status = OfferStatus.DRAFT;
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
        moved(next == OfferStatus.OPEN, now);
        status = next;
    }

    public OfferInput input() {
        return new OfferInput(authorityId, title(), description(), List.copyOf(sectors), List.copyOf(subsectors),
                List.copyOf(supportModes), List.copyOf(expertiseTags), capacity, List.copyOf(languages), availableFrom,
                availableUntil, staffDays, fundingEur, equipment);
    }

    private void apply(OfferInput input) {
        applyShared(input.title(), input.description(), input.subsectors(), input.supportModes(),
                input.expertiseTags(), input.languages());
        sectors = new ArrayList<>(input.sectors().stream().distinct().toList());
        capacity = input.capacity();
        availableFrom = input.availableFrom();
        availableUntil = input.availableUntil();
        staffDays = input.staffDays();
        fundingEur = input.fundingEur();
        equipment = blankToNull(input.equipment());
    }
}
