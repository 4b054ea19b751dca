package eu.twinninghub.api.need;

/** Declared in order: the most urgent first, as lists sorted by urgency show them. */
public enum Urgency {
    CRITICAL, HIGH, MEDIUM, LOW
}
