package eu.twinninghub.gateway.web;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.claim.ClaimInput;
import eu.twinninghub.api.claim.NewAuthority;
import eu.twinninghub.api.web.WebAddress;
import eu.twinninghub.service.problem.ProblemException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A claim as typed: for an authority of the register ({@code authorityId}), or for one the person
 * proposes (kind, country, official name and code). Whether the official code is right for its kind
 * is the service's to say; its answer comes back at the field.
 */
public class ClaimForm {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    @RestForm
    public String authorityId;
    @RestForm
    public String kind;
    @RestForm
    public String country;
    @RestForm
    public String nameOfficial;
    @RestForm
    public String officialCode;
    @RestForm
    public String function;
    @RestForm
    public String officialEmail;
    @RestForm
    public String webPage;
    @RestForm
    public String note;

    static ClaimForm forAuthority(UUID authority) {
        ClaimForm form = new ClaimForm();
        form.authorityId = authority.toString();
        return form;
    }

    static ClaimForm proposing(String country) {
        ClaimForm form = new ClaimForm();
        form.country = country;
        return form;
    }

    public boolean proposesNew() {
        return PostingForm.blankToNull(authorityId) == null;
    }

    /** The authority of the register claimed; a forged id is a page that does not exist. */
    UUID existing() {
        try {
            return UUID.fromString(authorityId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("authority", authorityId);
        }
    }

    /** The claim for the service, or null with {@code errors} saying what to correct. */
    ClaimInput toInput(FormErrors errors, Msg msg) {
        UUID existing = null;
        NewAuthority proposed = null;
        if (proposesNew()) {
            AuthorityKind chosen = Arrays.stream(AuthorityKind.values())
                    .filter(k -> k != AuthorityKind.PARTNER_NETWORK && k.name().equals(kind)).findFirst().orElse(null);
            if (chosen == null) {
                errors.add("kind", msg.errorKind());
            }
            String code = country == null ? "" : country.strip().toUpperCase();
            if (!COUNTRY.matcher(code).matches()) {
                errors.add("country", msg.errorCountry());
            }
            if (PostingForm.blankToNull(nameOfficial) == null) {
                errors.add("nameOfficial", msg.errorNameOfficial());
            }
            proposed = new NewAuthority(chosen, code, PostingForm.blankToNull(nameOfficial),
                    PostingForm.blankToNull(officialCode));
        } else {
            existing = existing();
        }
        if (PostingForm.blankToNull(function) == null) {
            errors.add("function", msg.errorFunction());
        }
        String page = PostingForm.blankToNull(webPage);
        if (page != null && !WebAddress.is(page)) {
            errors.add("webPage", msg.errorWebPage());
        }
        if (PostingForm.blankToNull(officialEmail) == null && page == null) {
            errors.add("officialEmail", msg.errorEvidence());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new ClaimInput(existing, proposed, PostingForm.blankToNull(function),
                PostingForm.blankToNull(officialEmail), page, PostingForm.blankToNull(note));
    }
}
