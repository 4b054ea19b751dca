package eu.twinninghub.notifications.events;

import eu.twinninghub.events.Event;
import eu.twinninghub.events.claim.ClaimDecided;
import eu.twinninghub.notifications.inbox.Person;
import eu.twinninghub.notifications.mail.MailDispatcher;
import eu.twinninghub.notifications.mail.QueuedMail;
import eu.twinninghub.notifications.templates.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a person the decision on their claim, by e-mail in their language: they act for no
 * authority yet, so they have no inbox to read it in.
 */
@ApplicationScoped
public class Claimants {

    private final Texts texts;
    private final MailDispatcher mails;
    private final Audience audience;

    public Claimants(Texts texts, MailDispatcher mails, Audience audience) {
        this.texts = texts;
        this.mails = mails;
        this.audience = audience;
    }

    public void tell(Event<?> event) {
        if (!(event.data() instanceof ClaimDecided decided) || decided.personEmail() == null) {
            return;
        }
        String language = Texts.written(decided.personLanguage());
        Texts.Rendered mail = texts.render(decided.approved() ? "claim-approved" : "claim-rejected", language,
                Map.of("authority", authority(decided.authorityId(), language),
                        "role", role(decided.role(), language),
                        "by", decided.decidedBy(),
                        "reason", decided.reason() == null ? "" : decided.reason()));
        mails.queue(QueuedMail.key(event.id().toString(), decided.personEmail(), Person.EMAIL), decided.personEmail(),
                mail.title(), mail.body());
    }

    /** The role as the reader's language says it. */
    static String role(String role, String language) {
        boolean admin = "ADMIN".equals(role);
        return admin ? Texts.word(language, "адміністратор(ка)", "admin", "Verwaltung", "administrator")
                : Texts.word(language, "учасник(ця)", "member", "Mitglied", "członek");
    }

    private String authority(UUID id, String language) {
        KnownAuthority known = id == null ? null : audience.authority(id);
        if (known != null) {
            return known.name(language);
        }
        return Texts.word(language, "запропонованого органу влади", "the authority you proposed",
                "die von Ihnen vorgeschlagene Körperschaft", "zaproponowanej przez ciebie jednostki");
    }
}
