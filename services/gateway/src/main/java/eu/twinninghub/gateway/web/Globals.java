package eu.twinninghub.gateway.web;

import eu.twinninghub.api.need.Urgency;
import eu.twinninghub.api.taxonomy.Sector;
import eu.twinninghub.api.taxonomy.SupportMode;
import eu.twinninghub.api.taxonomy.Taxonomy;
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
    /** Ukrainian and the languages of the EU partners most often named; any ISO code works through the API. */
    static final List<String> workingLanguages = List.of("uk", "en", "de", "pl", "fr", "it", "es", "nl", "lt", "lv",
            "et", "cs", "sk", "ro", "sv", "da", "fi", "pt");

    private Globals() {
    }
}
