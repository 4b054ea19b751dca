package eu.twinninghub.matching.web;

import eu.twinninghub.service.web.Cursors;
import java.time.Instant;
import java.util.UUID;

/** A keyset cursor: the last item's time and id, newest first, so that nothing is skipped or repeated. */
record Cursor(Instant at, UUID id) {

    static Cursor parse(String cursor) {
        return Cursors.decode(cursor, 2, p -> new Cursor(Instant.parse(p[0]), UUID.fromString(p[1])));
    }

    String encode() {
        return Cursors.encode(at, id);
    }
}
