package eu.twinninghub.service.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.twinninghub.service.problem.ProblemException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private record Key(String name, Instant at, UUID id) {
    }

    private static Key read(String cursor) {
        return Cursors.decode(cursor, 3, p -> new Key(p[0], Instant.parse(p[1]), UUID.fromString(p[2])));
    }

    @Test
    void aCursorComesBackAsItWentOutEvenWithSeparatorsInAName() {
        Key key = new Key("Vinnytsia | Вінниця, 2", Instant.parse("2026-11-22T10:15:30.123Z"), UUID.randomUUID());
        assertEquals(key, read(Cursors.encode(key.name(), key.at(), key.id())));
        assertNull(read(null));
    }

    @Test
    void anythingElseIsA400NamingTheCursor() {
        String wrongParts = Cursors.encode("only", "two");
        String badPart = Cursors.encode("name", "yesterday", UUID.randomUUID());
        String notBase64 = "%%%";
        String plain = Base64.getUrlEncoder().encodeToString("hello".getBytes());
        for (String cursor : List.of(wrongParts, badPart, notBase64, plain)) {
            ProblemException refused = assertThrows(ProblemException.class, () -> read(cursor), cursor);
            assertEquals("cursor", refused.violations().get(0).field());
        }
    }
}
