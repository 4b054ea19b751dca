package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.api.problem.Problem;
import java.util.List;

/** What bean validation cannot see in a posting's title and description: one text at least, a real original. */
public final class TextsCheck {

    private TextsCheck() {
    }

    public static void texts(Texts title, Texts description, String prefix, List<Problem.Violation> violations) {
        if (title.isEmpty()) {
            violations.add(new Problem.Violation(prefix + "title", "needs a text in Ukrainian, English, German or Polish"));
        } else {
            original(title, prefix + "title.original", violations);
        }
        if (description != null && !description.isEmpty()) {
            original(description, prefix + "description.original", violations);
        }
    }

    private static void original(Texts texts, String field, List<Problem.Violation> violations) {
        if (texts.original() != null && texts.in(texts.original()) == null) {
            violations.add(new Problem.Violation(field, "names a language the text is not given in"));
        }
    }
}
