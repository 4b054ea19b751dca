package eu.twinninghub.gateway.web;

import eu.twinninghub.api.match.CriterionScore;
import eu.twinninghub.api.partnership.PartnershipParty;
import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.api.taxonomy.Label;
import eu.twinninghub.api.taxonomy.Taxonomy;
import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the templates need to show data in the reader's language: a text in their language (or as
 * its author wrote it when there is none), taxonomy labels, dates. Used as {@code tx:} in templates.
 */
@TemplateExtension(namespace = "tx")
public final class Labels {

    /** Dates are shown as in Kyiv: the day a hromada posted something is its own day. */
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private Labels() {
    }

    /** The text in the reader's language where the author gave one, else as the author wrote it. */
    public static String text(Texts texts, String lang) {
        if (texts == null) {
            return "";
        }
        String shown = texts.in(shownLanguage(texts, lang));
        return shown == null ? "" : shown;
    }

    /** The language {@link #text} shows: the reader's, else the original, else the first given. */
    public static String shownLanguage(Texts texts, String lang) {
        if (texts == null || texts.in(lang) != null) {
            return lang;
        }
        return texts.original() != null && texts.in(texts.original()) != null ? texts.original()
                : texts.originalLanguage().orElse(lang);
    }

    /**
     * A partner as the reader knows it: a Ukrainian authority by its official name for a Ukrainian
     * reader, everyone else in Latin letters, which every reader of the pages can read.
     */
    public static String partyName(PartnershipParty party, String lang) {
        return "uk".equals(lang) && "UA".equals(party.country()) && party.nameOfficial() != null
                ? party.nameOfficial() : party.name();
    }

    public static String sector(String id, String lang) {
        return label(Taxonomy.standard().sector(id).map(Label.class::cast)
                .or(() -> Taxonomy.standard().sectorOf(id).flatMap(sector -> sector.subsectors().stream()
                        .filter(sub -> sub.id().equals(id)).findFirst())), id, lang);
    }

    public static String supportMode(String id, String lang) {
        return label(Taxonomy.standard().supportMode(id).map(Label.class::cast), id, lang);
    }

    public static String sectors(List<String> ids, String lang) {
        return String.join(", ", ids.stream().map(id -> sector(id, lang)).toList());
    }

    public static String supportModes(List<String> ids, String lang) {
        return String.join(", ", ids.stream().map(id -> supportMode(id, lang)).toList());
    }

    public static String date(LocalDate date, String lang) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag(lang)));
    }

    public static String day(Instant instant, String lang) {
        return instant == null ? "" : date(instant.atZone(KYIV).toLocalDate(), lang);
    }

    /** A calendar month given as 2026-11, named as the reader says it on its own ("листопад 2026"). */
    public static String month(String month, String lang) {
        return YearMonth.parse(month).format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag(lang)));
    }

    /** A moment on Kyiv's clock, date and time, as the reader writes them. */
    public static String moment(Instant instant, String lang) {
        return instant == null ? "" : instant.atZone(KYIV).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(Locale.forLanguageTag(lang)));
    }

    /** Why a criterion scored what it did, in the reader's language (proposals made before codes: as stored). */
    public static String reason(CriterionScore criterion, String lang) {
        return criterion.in(Locale.forLanguageTag(lang)).reason();
    }

    /** A share of a criterion's points as a whole percentage, for the explanation bars. */
    public static long percent(double points, double max) {
        return max <= 0 ? 0 : Math.round(100 * Math.max(0, Math.min(points, max)) / max);
    }

    /** Points as the engine gives them, with one decimal only where there is one. */
    public static String points(double points) {
        return points == Math.rint(points) ? Long.toString(Math.round(points)) : String.format(Locale.ROOT, "%.1f", points);
    }

    /**
     * Where an inbox entry leads on these pages: a proposal, a partnership or a conversation on the reader's own
     * pages, anything else as it is (the services name paths of the public site).
     */
    public static String pageLink(String link) {
        return link.startsWith("/matches/") || link.startsWith("/partnerships/") || link.startsWith("/conversations/")
                ? "/app" + link : link;
    }

    /** A cursor or a word for a query string. */
    public static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String joined(List<String> words) {
        return String.join(", ", words);
    }

    /** A language's name in the reader's language, from the JDK's locale data. */
    public static String language(String code, String lang) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(lang));
    }

    /** A country's name in the reader's language, from the JDK's locale data. */
    public static String country(String code, String lang) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(Locale.forLanguageTag(lang));
    }

    private static String label(Optional<Label> label, String id, String lang) {
        return label.map(found -> found.label(Locale.forLanguageTag(lang))).orElse(id);
    }
}
