package eu.twinninghub.gateway.web;

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
    public String descriptionUk;
    @RestForm
    public String descriptionEn;
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

    Texts title(FormErrors errors, Msg msg) {
        Texts title = new Texts(blankToNull(titleUk), blankToNull(titleEn));
        if (title.isEmpty()) {
            errors.add("title", msg.errorTitle());
        }
        return title;
    }

    Texts description() {
        Texts description = new Texts(blankToNull(descriptionUk), blankToNull(descriptionEn));
        return description.isEmpty() ? null : description;
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

    static String texts(Texts texts, Function<Texts, String> part) {
        return texts == null ? null : part.apply(texts);
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
