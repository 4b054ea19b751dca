package eu.twinninghub.api.authority;

import eu.twinninghub.api.web.WebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable part of a profile, shared by registration and update. Names: {@code nameOfficial} in
 * the local language and script; {@code nameLatin} is derived by the national transliteration when
 * left out; {@code alternativeNames} holds exonyms such as "Charkiw" so that search finds them.
 * {@code rayon}: a Ukrainian hromada's rayon (district), by its name as the register writes it, so
 * that lists can be narrowed below the oblast.
 */
@Schema(name = "AuthorityFields", example = """
        {"nameOfficial":"Вінницька міська територіальна громада","nameEnglish":"Vinnytsia city hromada",
         "alternativeNames":["Winnyzja"],"officialCode":"UA05020030000031457","rayon":"Вінницький район","population":400198,
         "languages":["uk","en"],"sectorsOfInterest":["energy","water-sanitation"],"sectorsOfExpertise":["digital"],
         "website":"https://www.vmr.gov.ua"}""")
public record AuthorityFields(
        @NotBlank @Size(max = 300) String nameOfficial,
        @Size(max = 300) String nameLatin,
        @Size(max = 300) String nameEnglish,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> alternativeNames,
        @Size(max = 40) String officialCode,
        UUID parentId,
        @Size(max = 300) String regionName,
        @Size(max = 100) String rayon,
        @Pattern(regexp = "urban|settlement|village", message = "must be urban, settlement or village") String settlementType,
        @PositiveOrZero Long population,
        @Valid Location location,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as uk or de") String> languages,
        @Size(max = 30) List<@NotNull String> sectorsOfInterest,
        @Size(max = 30) List<@NotNull String> sectorsOfExpertise,
        @Size(max = 500) @Pattern(regexp = WebAddress.PATTERN, message = "must be an http(s) address") String website) {

    public AuthorityFields {
        alternativeNames = alternativeNames == null ? List.of() : alternativeNames;
        languages = languages == null ? List.of() : languages;
        sectorsOfInterest = sectorsOfInterest == null ? List.of() : sectorsOfInterest;
        sectorsOfExpertise = sectorsOfExpertise == null ? List.of() : sectorsOfExpertise;
    }
}
