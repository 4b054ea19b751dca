package eu.twinninghub.service.web;

import eu.twinninghub.service.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keyset cursors: the sort key of a page's last item, opaque to the caller. Whatever a caller
 * sends back that is not a cursor this API returned — bad Base64, a wrong number of parts, a part
 * that does not parse — is a 400 naming {@code cursor}, never a 500.
 */
public final class Cursors {

    /** The ASCII unit separator: it appears in no name, date or id a cursor carries. */
    private static final String SEPARATOR = "\u001f";

    private Cursors() {
    }

    public static String encode(Object... parts) {
        String joined = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(SEPARATOR));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's {@code parts} parts, read by {@code read}; null for no cursor. */
    public static <T> T decode(String cursor, int parts, Function<String[], T> read) {
        if (cursor == null) {
            return null;
        }
        String[] split;
        try {
            split = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (split.length != parts) {
            throw invalid();
        }
        try {
            return read.apply(split);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this API returned; start without one");
    }
}
