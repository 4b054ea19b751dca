package eu.twinninghub.api.authority;

/** Ukrainian kinds carry a KATOTTG code; EU kinds a LAU or NUTS code once known. */
public enum AuthorityKind {
    HROMADA, CITY, OBLAST, MUNICIPALITY, REGION, ASSOCIATION, PARTNER_NETWORK;

    public boolean isUkrainianTerritory() {
        return this == HROMADA || this == CITY || this == OBLAST;
    }

    public boolean isEuTerritory() {
        return this == MUNICIPALITY || this == REGION;
    }
}
