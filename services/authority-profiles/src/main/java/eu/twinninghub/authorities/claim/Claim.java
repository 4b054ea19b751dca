package eu.twinninghub.authorities.claim;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.claim.ClaimState;
import eu.twinninghub.api.claim.NewAuthority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A person's request to act for an authority of the register, or for one they propose. */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The person's Keycloak user id (the token's subject). */
    public String personId;
    public String personName;
    public String personEmail;
    public String personLanguage;
    public UUID authorityId;

    @Enumerated(EnumType.STRING)
    public AuthorityKind newKind;
    public String newCountry;
    public String newName;
    public String newCode;

    public String function;
    public String officialEmail;
    public String webPage;
    public String note;

    @Enumerated(EnumType.STRING)
    public ClaimState state;
    public String role;
    public String decidedBy;
    public Instant decidedAt;
    public String reason;
    public Instant createdAt;

    public NewAuthority newAuthority() {
        return newName == null ? null : new NewAuthority(newKind, newCountry, newName, newCode);
    }

    public boolean isPending() {
        return state == ClaimState.PENDING;
    }

    public void decide(ClaimState decision, String role, String by, String reason, Instant at) {
        this.state = decision;
        this.role = role;
        this.decidedBy = by;
        this.reason = reason;
        this.decidedAt = at;
    }
}
