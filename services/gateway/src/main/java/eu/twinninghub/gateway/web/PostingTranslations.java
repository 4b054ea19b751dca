package eu.twinninghub.gateway.web;

import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.gateway.translation.Translator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A posting shown to a reader whose language its author did not write it in: the page says so,
 * offers a machine translation when an engine is configured, and shows one when asked.
 */
@ApplicationScoped
public class PostingTranslations {

    private final Translator translator;

    public PostingTranslations(Translator translator) {
        this.translator = translator;
    }

    /**
     * What the page shows beside the posting. {@code shownIn}: the language of the texts shown;
     * {@code title}/{@code description}: the machine's versions when asked for and made.
     */
    public record Machine(String shownIn, boolean offered, boolean failed, Translator.Translation title,
                          Translator.Translation description) {

        public boolean inOtherLanguage(String lang) {
            return !shownIn.equals(lang);
        }
    }

    public Machine of(Texts title, Texts description, String lang, boolean translate) {
        String shownIn = Labels.shownLanguage(title, lang);
        boolean offered = translator.available() && !shownIn.equals(lang);
        if (!translate || !offered) {
            return new Machine(shownIn, offered, false, null, null);
        }
        Optional<Translator.Translation> machineTitle = translator.translate(Labels.text(title, lang), shownIn, lang);
        String descriptionIn = Labels.shownLanguage(description, lang);
        Optional<Translator.Translation> machineDescription = description == null || descriptionIn.equals(lang)
                ? Optional.empty()
                : translator.translate(Labels.text(description, lang), descriptionIn, lang);
        return new Machine(shownIn, true, machineTitle.isEmpty(), machineTitle.orElse(null),
                machineDescription.orElse(null));
    }
}
