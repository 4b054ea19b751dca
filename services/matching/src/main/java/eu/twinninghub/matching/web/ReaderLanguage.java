package eu.twinninghub.matching.web;

import eu.twinninghub.api.match.Reasons;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * The language a caller reads the reasons of a score in: the best of the request's Accept-Language
 * (which the gateway passes on) among those the reasons are written in; English otherwise, and for
 * a header that cannot be read.
 */
@RequestScoped
public class ReaderLanguage {

    private final HttpServerRequest request;

    public ReaderLanguage(HttpServerRequest request) {
        this.request = request;
    }

    public Locale locale() {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), Reasons.LANGUAGES);
            return tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }
}
