package eu.twinninghub.api.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageLanguagesTest {

    /** The annotations' pattern and message name exactly the languages of the list. */
    @Test
    void thePatternAndTheMessageAreTheList() {
        assertEquals("^(" + String.join("|", PageLanguages.ALL) + ")$", PageLanguages.PATTERN);
        assertEquals("must be " + String.join(", ", PageLanguages.ALL.subList(0, PageLanguages.ALL.size() - 1))
                + " or " + PageLanguages.ALL.getLast(), PageLanguages.MESSAGE);
    }
}
