package eu.twinninghub.authorities.authority;

import eu.twinninghub.api.authority.AuthorityKind;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The format of official codes. Ukraine: KATOTTG, "UA" and 17 digits, required for hromadas,
 * cities and oblasts. EU: a NUTS code (country prefix in Eurostat's spelling, then 1 to 3 characters)
 * for regions, a LAU code as Eurostat's GISCO writes it ("DE_05334002") for municipalities;
 * optional until known. Eurostat writes Greece {@code EL} where ISO writes {@code GR}.
 */
public final class OfficialCodes {

    private static final Pattern KATOTTG = Pattern.compile("UA\\d{17}");
    private static final Pattern NUTS = Pattern.compile("([A-Z]{2})[0-9A-Z]{1,3}");
    private static final Pattern LAU = Pattern.compile("([A-Z]{2})_[0-9A-Z]{1,12}");
    private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private OfficialCodes() {
    }

    /** ISO 3166-1 from what a caller sent, accepting Eurostat's EL for Greece. */
    public static String isoCountry(String country) {
        return "EL".equals(country) ? "GR" : country;
    }

    public static String eurostatCountry(String isoCountry) {
        return "GR".equals(isoCountry) ? "EL" : isoCountry;
    }

    /** What is wrong: the country, or the code itself. */
    public record Issue(boolean aboutCountry, String message) {
    }

    /** Why such an authority cannot be in {@code isoCountry} with {@code code}, or empty if it can. */
    public static Optional<Issue> problem(AuthorityKind kind, String isoCountry, String code) {
        if (kind.isUkrainianTerritory() && !"UA".equals(isoCountry)) {
            return Optional.of(new Issue(true, "must be UA: a " + kind + " is Ukrainian"));
        }
        if (kind.isEuTerritory() && !EU_MEMBERS.contains(isoCountry)) {
            return Optional.of(new Issue(true, "must be an EU member state for a " + kind));
        }
        return codeProblem(kind, isoCountry, code).map(message -> new Issue(false, message));
    }

    private static Optional<String> codeProblem(AuthorityKind kind, String isoCountry, String code) {
        if (kind.isUkrainianTerritory()) {
            if (code == null) {
                return Optional.of("is required for a Ukrainian " + kind + ": its KATOTTG code");
            }
            return KATOTTG.matcher(code).matches() ? Optional.empty()
                    : Optional.of("must be a KATOTTG code: UA followed by 17 digits");
        }
        if (code == null) {
            return Optional.empty();
        }
        if (kind == AuthorityKind.REGION) {
            return eurostatCode(NUTS, code, isoCountry, "a NUTS code such as DEA2");
        }
        if (kind == AuthorityKind.MUNICIPALITY) {
            return eurostatCode(LAU, code, isoCountry, "a LAU code as GISCO writes it, such as DE_05334002");
        }
        return Optional.of("is not used for a " + kind + "; leave it out");
    }

    private static Optional<String> eurostatCode(Pattern format, String code, String isoCountry, String example) {
        var matcher = format.matcher(code);
        if (!matcher.matches()) {
            return Optional.of("must be " + example);
        }
        String expected = eurostatCountry(isoCountry);
        return matcher.group(1).equals(expected) ? Optional.empty()
                : Optional.of("must start with " + expected + ", the Eurostat code of " + isoCountry);
    }
}
