package eu.twinninghub.gateway.translation;

import java.util.Optional;

/**
 * Machine translation, as the pages use it: optional (a platform may run without an engine, and
 * then no page offers to translate), and never mistaken for what a person wrote, since every
 * result says it is a machine's.
 */
public interface Translator {

    /** Whether an engine is configured at all; the pages offer "translate" only then. */
    boolean available();

    /** {@code text} from language {@code from} into {@code to}; empty when no engine answers. */
    Optional<Translation> translate(String text, String from, String to);

    /** A machine's translation and the engine that made it, for the label shown beside it. */
    record Translation(String text, String from, String to, String engine) {
    }
}
