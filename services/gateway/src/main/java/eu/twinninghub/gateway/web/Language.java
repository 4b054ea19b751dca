package eu.twinninghub.gateway.web;

import eu.twinninghub.api.language.PageLanguages;
import eu.twinninghub.api.notification.Preferences;
import eu.twinninghub.gateway.api.NotificationGateway;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The language of the pages: the reader's choice (a cookie), else, once signed in, the language
 * saved with their notification preferences (so that it follows them to another device), else the
 * browser's, else English. A choice made while signed in is saved with the preferences too.
 */
@RequestScoped
public class Language {

    static final String COOKIE = "lang";
    static final List<String> SUPPORTED = PageLanguages.ALL;
    private static final Logger LOG = Logger.getLogger(Language.class);
    private static final long ONE_YEAR = 365L * 24 * 3600;

    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    private final NotificationGateway notifications;

    private String resolved;

    public Language(HttpServerRequest request, SecurityIdentity identity, NotificationGateway notifications) {
        this.request = request;
        this.identity = identity;
        this.notifications = notifications;
    }

    public String code() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The labels of the pages, in this language, for texts composed in Java (form errors). */
    public Msg messages() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(code()));
    }

    /** The labels of a partnership's page, in this language, for its form errors. */
    public PartnershipMsg partnershipMessages() {
        return MessageBundles.get(PartnershipMsg.class, Localized.Literal.of(code()));
    }

    /** Remembers a choice on this device and, for a signed-in person, with their preferences. */
    public void choose(String lang) {
        resolved = SUPPORTED.contains(lang) ? lang : code();
        request.response().addCookie(cookie(resolved));
        if (!identity.isAnonymous()) {
            try {
                Preferences saved = notifications.preferences();
                if (!resolved.equals(saved.language())) {
                    notifications.setPreferences(new Preferences(resolved, saved.channels(), saved.digest(), saved.email()));
                }
            } catch (RuntimeException e) {
                // The page still switches; the preference follows the next time notifications answers.
                LOG.warnf("language not saved with the preferences: %s", e.getMessage());
            }
        }
    }

    private String resolve() {
        Cookie chosen = request.getCookie(COOKIE);
        if (chosen != null && SUPPORTED.contains(chosen.getValue())) {
            return chosen.getValue();
        }
        if (!identity.isAnonymous()) {
            try {
                String saved = notifications.preferences().language();
                if (SUPPORTED.contains(saved)) {
                    request.response().addCookie(cookie(saved));
                    return saved;
                }
            } catch (RuntimeException e) {
                LOG.debugf("no saved language: %s", e.getMessage());
            }
        }
        return fromBrowser(request.getHeader("Accept-Language"));
    }

    static String fromBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best != null ? best : "en";
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }

    private static Cookie cookie(String lang) {
        return Cookie.cookie(COOKIE, lang).setPath("/").setMaxAge(ONE_YEAR).setSameSite(CookieSameSite.LAX)
                .setHttpOnly(true);
    }
}
