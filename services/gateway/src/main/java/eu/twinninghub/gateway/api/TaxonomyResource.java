package eu.twinninghub.gateway.api;

import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.api.taxonomy.TaxonomyApi;
import eu.twinninghub.api.taxonomy.TaxonomyView;

/** Served here from the copy in libs/api that every service validates against: no call needed. */
public class TaxonomyResource implements TaxonomyApi {

    private static final TaxonomyView TAXONOMY = TaxonomyView.of(Taxonomy.standard());

    @Override
    public TaxonomyView taxonomy() {
        return TAXONOMY;
    }
}
