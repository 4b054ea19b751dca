package eu.twinninghub.matching.engine;

/** What a score is made of, in the order an explanation lists it. */
public enum Criterion {
    /** The offer works in the need's sector. */
    SECTOR,
    /** Share of the need's subsectors the offer covers. */
    SUBSECTOR,
    /** Share of the support modes the need asks for that the offer gives. */
    SUPPORT_MODE,
    /** How alike the words of the two are (TF-IDF cosine over tags, titles and descriptions). */
    EXPERTISE,
    /** The two teams share a working language. */
    LANGUAGE,
    /** The two authorities are of a similar size (population). */
    SCALE,
    /** How pressing the need is. */
    URGENCY,
    /** Share of the offer's capacity still free. */
    CAPACITY,
    /** The two already worked together, or belong to the same partner network. */
    TIES,
    /** The offering authority (or its region) already works in the need's oblast: help stays concentrated. */
    GEOGRAPHY
}
