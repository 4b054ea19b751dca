package eu.twinninghub.gateway.web;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.language.PageLanguages;
import eu.twinninghub.api.need.Urgency;
import eu.twinninghub.api.taxonomy.Sector;
import eu.twinninghub.api.taxonomy.SupportMode;
import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.reference.ReferenceData;
import io.quarkus.qute.TemplateGlobal;
import java.util.Arrays;
import java.util.List;

/** What every form picks from: the taxonomy, the urgencies, the working languages offered. */
@TemplateGlobal
final class Globals {

    static final List<Sector> allSectors = Taxonomy.standard().sectors();
    static final List<SupportMode> allSupportModes = Taxonomy.standard().supportModes();
    static final List<String> urgencies = Arrays.stream(Urgency.values()).map(Enum::name).toList();
    static final List<String> partnershipStatuses = List.of("ESTABLISHED", "MOU_SIGNED", "AGREEMENT_APPROVED", "ACTIVE",
            "DORMANT", "COMPLETED", "CANCELLED");
    /** The two sides of a partnership, in the order its page shows them. */
    static final List<String> partnershipTeams = List.of("RECEIVING", "SUPPORTING");
    /** The funding programmes a need can name: the reference list, with each programme's official name and page. */
    static final List<ReferenceData.FundingProgramme> fundingProgrammes = ReferenceData.fundingProgrammes();
    /** The languages a posting's title and description can be given in. */
    static final List<String> pageLanguages = PageLanguages.ALL;
    /** Ukrainian and the languages of the EU partners most often named; any ISO code works through the API. */
    static final List<String> workingLanguages = List.of("uk", "en", "de", "pl", "fr", "it", "es", "nl", "lt", "lv",
            "et", "cs", "sk", "ro", "sv", "da", "fi", "pt");

    /** Where members of the Alliance are: Ukraine, the EU and the European countries beside it; the API takes any. */
    static final List<String> countries = List.of("UA", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO", "CH", "GB", "MD");
    /** What a person may propose to act for: any kind but a partner network, which a platform admin registers. */
    static final List<String> claimableKinds = Arrays.stream(AuthorityKind.values())
            .filter(kind -> kind != AuthorityKind.PARTNER_NETWORK).map(Enum::name).toList();

    private Globals() {
    }
}
