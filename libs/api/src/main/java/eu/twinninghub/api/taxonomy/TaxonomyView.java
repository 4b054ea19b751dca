package eu.twinninghub.api.taxonomy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Taxonomy")
public record TaxonomyView(List<Sector> sectors, List<SupportMode> supportModes) {

    public static TaxonomyView of(Taxonomy taxonomy) {
        return new TaxonomyView(taxonomy.sectors(), taxonomy.supportModes());
    }
}
