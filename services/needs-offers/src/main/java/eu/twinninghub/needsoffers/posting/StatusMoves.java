package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.service.problem.ProblemException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** The rules needs and offers share for an owner's status change, with the refusals a caller can act on. */
public final class StatusMoves {

    private StatusMoves() {
    }

    public static <S extends Enum<S>> S parse(Class<S> statuses, String status) {
        try {
            return Enum.valueOf(statuses, status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(statuses.getEnumConstants()));
        }
    }

    /**
     * Refuses a move the owner may not make (409 naming the current status and where it can go) and
     * a move into {@code needReason} without a reason (400: the history is public). Answers the reason,
     * trimmed, or null.
     */
    public static <S extends Enum<S>> String check(String what, UUID id, S current, S next, Set<S> allowed,
                                                   Set<S> needReason, String reason) {
        if (!allowed.contains(next)) {
            throw ProblemException.conflict(what + " " + id + " is " + current + "; from there it can move to "
                    + (allowed.isEmpty() ? "nothing: it is final" : allowed.stream().sorted().toList()));
        }
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        if (needReason.contains(next) && trimmed == null) {
            throw ProblemException.invalid("reason", "is required to move a " + what + " to " + next
                    + ": the history is public");
        }
        return trimmed;
    }
}
