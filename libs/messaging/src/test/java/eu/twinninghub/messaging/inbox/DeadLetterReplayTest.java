package eu.twinninghub.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command's arguments; the replay itself is tested against a real broker in {@link DatabaseOutageTest}. */
class DeadLetterReplayTest {

    @Test
    void aMistypedOptionIsRefusedBeforeAnythingIsReplayed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DeadLetterReplay.main(
                new String[] {"--bootstrap-servers", "127.0.0.1:1", "--topic", "twinning.needs",
                        "--since", "2026-11-30T22:00:00Z", "--dryrun"}));
        assertTrue(refused.getMessage().startsWith("unknown argument --dryrun; usage:"), refused.getMessage());
    }

    @Test
    void aMissingOptionIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DeadLetterReplay.main(
                new String[] {"--bootstrap-servers", "127.0.0.1:1", "--since", "2026-11-30T22:00:00Z"}));
        assertTrue(refused.getMessage().startsWith("--topic is required"), refused.getMessage());
    }
}
