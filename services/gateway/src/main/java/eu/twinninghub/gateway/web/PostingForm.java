package eu.twinninghub.gateway.web;

import eu.twinninghub.api.language.PageLanguages;
import eu.twinninghub.api.posting.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The fields a need's and an offer's form share, as the person typed them: a form that fails its
 * checks comes back with everything still in it. Parsing collects every error at once.
 */
public abstract class PostingForm {

    @RestForm
    public String titleUk;
    @RestForm
    public String titleEn;
    @RestForm
    public String titleDe;
    @RestForm
    public String titlePl;
    @RestForm
    public String descriptionUk;
    @RestForm
    public String descriptionEn;
    @RestForm
    public String descriptionDe;
    @RestForm
    public String descriptionPl;
    /** The language the author wrote in; the other texts are their translations. */
    @RestForm
    public String original;
    @RestForm
    public List<String> supportModes = new ArrayList<>();
    /** Comma-separated, as typed. */
    @RestForm
    public String expertiseTags;
    @RestForm
    public List<String> languages = new ArrayList<>();
    /** The version the editor read; empty for a new posting. */
    @RestForm
    public String version;
    /** Made when the blank form is shown: the same form sent twice posts once (Idempotency-Key). */
    @RestForm
    public String postingKey;
    /** {@code draft} keeps it to the authority; {@code publish} opens it to everyone. */
    @RestForm
    public String action;

    public boolean publishing() {
        return "publish".equals(action);
    }

    public boolean hasSupportMode(String id) {
        return supportModes.contains(id);
    }

    public boolean speaks(String lang) {
        return languages.contains(lang);
    }

    /**
     * The select starts at the page's language, which is a guess: a title not given in the chosen
     * language takes the first it is given in as its original, rather than sending a busy person back.
     */
    Texts title(FormErrors errors, Msg msg) {
        Texts title = new Texts(blankToNull(titleUk), blankToNull(titleEn), blankToNull(titleDe), blankToNull(titlePl),
                null);
        if (title.isEmpty()) {
            errors.add("title", msg.errorTitle());
            return title;
        }
        return PageLanguages.ALL.contains(original) && title.in(original) != null
                ? new Texts(title.uk(), title.en(), title.de(), title.pl(), original) : title;
    }

    /** In the chosen original language where the author described it in that one, else the first given. */
    Texts description() {
        Texts description = new Texts(blankToNull(descriptionUk), blankToNull(descriptionEn), blankToNull(descriptionDe),
                blankToNull(descriptionPl), null);
        if (description.isEmpty()) {
            return null;
        }
        return description.in(original == null ? "" : original) == null ? description
                : new Texts(description.uk(), description.en(), description.de(), description.pl(), original);
    }

    /** Fills the text fields from a posting being edited. */
    void texts(Texts title, Texts description) {
        titleUk = title.uk();
        titleEn = title.en();
        titleDe = title.de();
        titlePl = title.pl();
        original = title.original();
        if (description != null) {
            descriptionUk = description.uk();
            descriptionEn = description.en();
            descriptionDe = description.de();
            descriptionPl = description.pl();
        }
    }

    /** The form field of {@code part} ("title", "description") in {@code language}, e.g. titleUk. */
    public String name(String part, String language) {
        return part + Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    public String title(String language) {
        return new Texts(titleUk, titleEn, titleDe, titlePl, null).in(language);
    }

    public String description(String language) {
        return new Texts(descriptionUk, descriptionEn, descriptionDe, descriptionPl, null).in(language);
    }

    /** The original language to preselect: as chosen, or else the page's language. */
    public String originalOr(String pageLanguage) {
        return original != null ? original : pageLanguage;
    }

    List<String> supportModes(FormErrors errors, Msg msg) {
        if (supportModes.isEmpty()) {
            errors.add("supportModes", msg.errorSupportModes());
        }
        return List.copyOf(supportModes);
    }

    List<String> tags() {
        return expertiseTags == null ? List.of() : Arrays.stream(expertiseTags.split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    static String tags(List<String> tags) {
        return String.join(", ", tags);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> T parsed(String field, String raw, Function<String, T> parse, String message, FormErrors errors) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            errors.add(field, message);
            return null;
        }
    }

    static LocalDate date(String field, String raw, Msg msg, FormErrors errors) {
        return parsed(field, raw, LocalDate::parse, msg.errorDate(), errors);
    }

    static Long whole(String field, String raw, Msg msg, FormErrors errors) {
        Long value = parsed(field, raw, text -> Long.parseLong(text.replace(" ", "").replace("\u00a0", "")),
                msg.errorWholeNumber(), errors);
        if (value != null && value < 0) {
            errors.add(field, msg.errorWholeNumber());
            return null;
        }
        return value;
    }

    Long versionRead() {
        return blankToNull(version) == null ? null : Long.valueOf(version.strip());
    }
}
