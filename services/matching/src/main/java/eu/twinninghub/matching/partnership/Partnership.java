package eu.twinninghub.matching.partnership;

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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Partnership extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID matchId;
    public UUID needId;

    @Enumerated(EnumType.STRING)
    public PartnershipStatus status;

    public String goals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themes = new ArrayList<>();

    public LocalDate startDate;
    public LocalDate endDate;
    public Instant establishedAt;
    public LocalDate mouSignedOn;
    public LocalDate agreementApprovedOn;
    public LocalDate activeSince;
    public LocalDate endedOn;
    public String endReason;
    public Instant lastProgressAt;
    public Instant dormantSince;

    /** Where a partnership made elsewhere was read; all null for one the platform made. */
    public String originSource;
    public String originLicence;
    public LocalDate originRetrieved;
    public String originReference;
    public String importedBy;

    public String dreamProjectId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> fundingProgrammes = new ArrayList<>();

    @Version
    public long version;

    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("team, coordinator desc, id")
    public List<PartnershipParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("postedAt")
    public List<ProgressUpdate> updates = new ArrayList<>();

    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, recordedAt")
    public List<PartnershipMilestone> milestones = new ArrayList<>();

    public PartnershipParty needParty() {
        return parties.stream().filter(p -> PartnershipParty.NEED.equals(p.side)).findFirst().orElseThrow();
    }

    public List<PartnershipParty> offerParties() {
        return parties.stream().filter(p -> PartnershipParty.OFFER.equals(p.side)).toList();
    }

    /** Made elsewhere and brought in from a list: no proposal, need or offer behind it. */
    public boolean imported() {
        return originSource != null;
    }

    /** The authorities that are members now, of either team: they answer for the partnership. */
    public List<UUID> sides() {
        return members().stream().map(party -> party.authorityId).toList();
    }

    public boolean reached(PartnershipMilestone.Kind kind) {
        return milestones.stream().anyMatch(m -> m.kind == kind);
    }

    /** The members now, of either team. */
    public List<PartnershipParty> members() {
        return parties.stream().filter(PartnershipParty::current).toList();
    }

    public List<PartnershipParty> members(Team team) {
        return parties.stream().filter(p -> p.team == team && p.current()).toList();
    }

    /** The coordinator of {@code team}, if the team has one now. */
    public Optional<PartnershipParty> coordinator(Team team) {
        return parties.stream().filter(p -> p.team == team && p.coordinator && p.leftAt == null).findFirst();
    }

    /** The row of {@code authority} while it is invited or a member; empty before and after. */
    public Optional<PartnershipParty> presence(UUID authority) {
        return parties.stream().filter(p -> p.authorityId.equals(authority) && p.leftAt == null).findFirst();
    }

}
