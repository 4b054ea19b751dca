package eu.twinninghub.authorities.authority;

import eu.twinninghub.api.authority.AuthorityFields;
import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Names;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Authority extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AuthorityKind kind;

    public String country;
    public String officialCode;
    public String nameOfficial;
    public String nameLatin;
    public String nameEnglish;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> alternativeNames = new ArrayList<>();

    public String searchText;
    public String sortKey;
    public UUID parentId;
    public String regionName;
    public String rayon;
    public String settlementType;
    public Long population;
    public Double latitude;
    public Double longitude;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectorsOfInterest = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectorsOfExpertise = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> networkIds = new ArrayList<>();

    public String website;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    @OneToMany(mappedBy = "authority", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Contact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "authority", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    public List<VerificationChangeRecord> verificationHistory = new ArrayList<>();

    @Column(updatable = false)
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;

    /** Ids are derived from the official identity where there is one, so every instance agrees on them. */
    public static UUID idFor(String identity) {
        return UUID.nameUUIDFromBytes(("authority:" + identity).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Authority register(UUID id, AuthorityKind kind, String country, AuthorityFields fields,
                                     String registeredBy, Instant now) {
        Authority authority = new Authority();
        authority.id = id;
        authority.kind = kind;
        authority.country = country;
        authority.apply(fields);
        authority.createdAt = now;
        authority.updatedAt = now;
        authority.verification = Verification.PENDING;
        authority.verificationHistory.add(VerificationChangeRecord.of(authority, Verification.PENDING, registeredBy,
                now, "registered"));
        return authority;
    }

    /** The authority {@code id}, or a 404 problem naming it. */
    public static Authority existing(UUID id) {
        return Authority.<Authority>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("authority", id));
    }

    public static Optional<Authority> byOfficialCode(String code) {
        return find("officialCode", code).firstResultOptional();
    }

    public static final String IDENTITY_CHANGED = "its name or official code changed: to be verified again";

    /**
     * Changes the profile. A verified authority whose names or official code change goes back to
     * PENDING: the verification vouched for who it was, and a verified "Vinnytsia" must not become
     * a verified "Kyiv" by an edit. Its admin can still fix a typo at once; a network or a platform
     * admin then verifies it again. True when it did go back.
     */
    public boolean update(AuthorityFields fields, String by, Instant now) {
        List<Object> identity = identity();
        apply(fields);
        updatedAt = now;
        if (verification == Verification.VERIFIED && !identity.equals(identity())) {
            changeVerification(Verification.PENDING, by, IDENTITY_CHANGED, now);
            return true;
        }
        return false;
    }

    private List<Object> identity() {
        return Arrays.asList(nameOfficial, nameLatin, nameEnglish, officialCode);
    }

    public void changeVerification(Verification status, String by, String reason, Instant now) {
        verification = status;
        updatedAt = now;
        verificationHistory.add(VerificationChangeRecord.of(this, status, by, now, reason));
    }

    public boolean belongsTo(UUID network) {
        return networkIds.contains(network);
    }

    public Contact addContact(Contact.Details details) {
        Contact contact = Contact.of(this, details, contacts.stream().mapToInt(c -> c.position + 1).max().orElse(0));
        contacts.add(contact);
        return contact;
    }

    public Optional<Contact> contact(UUID contactId) {
        return contacts.stream().filter(c -> c.id.equals(contactId)).findFirst();
    }

    private void apply(AuthorityFields fields) {
        nameOfficial = fields.nameOfficial().strip();
        nameLatin = fields.nameLatin() == null || fields.nameLatin().isBlank()
                ? Names.transliterate(nameOfficial) : fields.nameLatin().strip();
        nameEnglish = blankToNull(fields.nameEnglish());
        alternativeNames = new ArrayList<>(fields.alternativeNames().stream().map(String::strip).distinct().toList());
        officialCode = blankToNull(fields.officialCode());
        parentId = fields.parentId();
        regionName = blankToNull(fields.regionName());
        rayon = blankToNull(fields.rayon());
        settlementType = fields.settlementType();
        population = fields.population();
        latitude = fields.location() == null ? null : fields.location().latitude();
        longitude = fields.location() == null ? null : fields.location().longitude();
        languages = new ArrayList<>(fields.languages().stream().distinct().toList());
        sectorsOfInterest = new ArrayList<>(fields.sectorsOfInterest().stream().distinct().toList());
        sectorsOfExpertise = new ArrayList<>(fields.sectorsOfExpertise().stream().distinct().toList());
        website = blankToNull(fields.website());
        searchText = Stream.concat(Stream.of(nameOfficial, nameLatin, nameEnglish), alternativeNames.stream())
                .filter(n -> n != null)
                .map(Names::fold)
                .distinct()
                .collect(Collectors.joining(" | ", " ", " "));
        sortKey = Names.fold(nameEnglish != null ? nameEnglish : nameLatin).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
