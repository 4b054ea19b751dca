package eu.twinninghub.gateway.web;

import eu.twinninghub.api.conversation.CloseRequest;
import eu.twinninghub.api.conversation.ConversationView;
import eu.twinninghub.api.conversation.ExpressInterest;
import eu.twinninghub.api.conversation.MessageInput;
import eu.twinninghub.api.conversation.ProposalRequest;
import eu.twinninghub.api.conversation.ReportRequest;
import eu.twinninghub.api.match.MatchView;
import eu.twinninghub.api.need.NeedApi;
import eu.twinninghub.api.need.NeedQuery;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.offer.OfferApi;
import eu.twinninghub.api.offer.OfferQuery;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.gateway.api.ConversationGateway;
import eu.twinninghub.gateway.api.MatchGateway;
import eu.twinninghub.gateway.api.NeedGateway;
import eu.twinninghub.gateway.api.OfferGateway;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.translation.Translator;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * "Let's talk": the form that expresses interest, the conversations of my authority, and one
 * conversation's thread with what its sides may do in it. Messages are shown as written, with the
 * language they are written in.
 */
@Path("/app/conversations")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class ConversationPages {

    /**
     * The languages offered for a message: the page languages first, then those of the partner
     * towns' countries. Any ISO 639-1 code is accepted by the API; a form needs a short list.
     */
    static final List<String> WRITTEN = List.of("uk", "en", "de", "pl", "fr", "it", "es", "nl", "lt", "lv", "et",
            "cs", "sk", "ro", "hu", "bg", "hr", "sl", "el", "pt", "sv", "fi", "da");

    private static final Set<String> KINDS = Set.of("NEED", "OFFER", "MATCH");

    /** What the service takes for a reason of closing or reporting. */
    private static final int REASON_LENGTH = 2000;

    private final Pages pages;
    private final ConversationGateway conversations;
    private final NeedGateway needs;
    private final OfferGateway offers;
    private final MatchGateway matches;
    private final Downstreams downstreams;
    private final Translator translator;

    public ConversationPages(Pages pages, ConversationGateway conversations, NeedGateway needs, OfferGateway offers,
                             MatchGateway matches, Downstreams downstreams, Translator translator) {
        this.pages = pages;
        this.conversations = conversations;
        this.needs = needs;
        this.offers = offers;
        this.matches = matches;
        this.downstreams = downstreams;
        this.translator = translator;
    }

    /** A town's staff writing to the authority behind a need, an offer or a proposal. */
    public record Subject(String kind, UUID id, String title, String authority, String link) {
    }

    /** My authority's conversations; a platform admin sees every one, and may keep to the reported ones. */
    @GET
    public TemplateInstance list(@RestQuery Boolean reported, @RestQuery String cursor) {
        return pages.localized(Views.conversations(pages.frame(),
                conversations.list(null, reported, cursor == null || cursor.isBlank() ? null : cursor, 20),
                pages.actingFor().orElse(null), Boolean.TRUE.equals(reported)));
    }

    @GET
    @Path("new")
    public TemplateInstance start(@RestQuery String kind, @RestQuery UUID id) {
        return form(subject(kind, id), "", pages.lang(), new FormErrors());
    }

    @POST
    public Object open(@RestForm String kind, @RestForm UUID id, @RestForm String text, @RestForm String language) {
        Subject subject = subject(kind, id);
        FormErrors errors = checked(text, language);
        if (errors.any()) {
            return Pages.invalid(form(subject, text, language, errors));
        }
        return saved(errors, () -> form(subject, text, language, errors), () -> {
            Response opened = conversations.open(new ExpressInterest(subject.kind(), subject.id(), null, text.strip(),
                    language));
            return "/app/conversations/" + Pages.createdId(opened);
        });
    }

    /** The thread, marked read; {@code translate}: a message to show in the reader's language too, by machine. */
    @GET
    @Path("{id}")
    public TemplateInstance thread(@RestPath UUID id, @RestQuery UUID translate) {
        ConversationView conversation = conversations.get(id);
        if (conversation.unread() > 0) {
            conversation = conversations.markRead(id);
        }
        Map<UUID, Translator.Translation> translations = new HashMap<>();
        UUID untranslated = null;
        if (translate != null && translator.available()) {
            for (var message : conversation.messages()) {
                if (message.id().equals(translate) && !message.language().equals(pages.lang())) {
                    var made = translator.translate(message.text(), message.language(), pages.lang());
                    if (made.isPresent()) {
                        translations.put(message.id(), made.get());
                    } else {
                        untranslated = message.id();
                    }
                }
            }
        }
        return threadPage(conversation, "", pages.lang(), new FormErrors(), translations, untranslated);
    }

    @POST
    @Path("{id}/messages")
    public Object write(@RestPath UUID id, @RestForm String text, @RestForm String language) {
        FormErrors errors = checked(text, language);
        if (errors.any()) {
            return Pages.invalid(threadPage(conversations.get(id), text, language, errors));
        }
        return saved(errors, () -> threadPage(conversations.get(id), text, language, errors), () -> {
            conversations.write(id, new MessageInput(text.strip(), language));
            return "/app/conversations/" + id + "#latest";
        });
    }

    @POST
    @Path("{id}/proposal")
    public Object propose(@RestPath UUID id, @RestForm UUID needId, @RestForm UUID offerId) {
        FormErrors errors = new FormErrors();
        return saved(errors, () -> threadPage(conversations.get(id), "", pages.lang(), errors), () -> {
            ConversationView proposed = conversations.propose(id, new ProposalRequest(needId, offerId));
            return "/app/matches/" + proposed.matchId();
        });
    }

    @POST
    @Path("{id}/close")
    public Object close(@RestPath UUID id, @RestForm String reason) {
        String why = PostingForm.blankToNull(reason);
        if (why != null && why.strip().length() > REASON_LENGTH) {
            return refused(id, "close-reason", pages.msg().errorReasonLength());
        }
        conversations.close(id, new CloseRequest(why == null ? null : why.strip()));
        return Pages.seeOther("/app/conversations/" + id);
    }

    @POST
    @Path("{id}/report")
    public Object report(@RestPath UUID id, @RestForm String reason) {
        String why = PostingForm.blankToNull(reason);
        if (why == null) {
            return refused(id, "report-reason", pages.msg().errorReason());
        }
        if (why.strip().length() > REASON_LENGTH) {
            return refused(id, "report-reason", pages.msg().errorReasonLength());
        }
        conversations.report(id, new ReportRequest(why.strip()));
        return Pages.seeOther("/app/conversations/" + id);
    }

    /** The thread again, with what to correct at {@code field}. */
    private Response refused(UUID id, String field, String message) {
        FormErrors errors = new FormErrors();
        errors.add(field, message);
        return Pages.invalid(threadPage(conversations.get(id), "", pages.lang(), errors));
    }

    /** Refusals as pages in the reader's language; a missing sign-in still goes to Keycloak. */
    @ServerExceptionMapper({DownstreamAnswer.class, ProblemException.class, WebApplicationException.class,
            ForbiddenException.class})
    public Response failed(RuntimeException failure) {
        return pages.error(failure);
    }

    @ServerExceptionMapper
    public Uni<Response> signIn(UnauthorizedException notSignedIn, RoutingContext context) {
        return Pages.signIn(context);
    }

    private FormErrors checked(String text, String language) {
        FormErrors errors = new FormErrors();
        String written = PostingForm.blankToNull(text);
        if (written == null || written.strip().length() > MessageInput.MAX_LENGTH) {
            errors.add("text", pages.msg().errorMessageText());
        }
        if (language == null || !Set.of(Locale.getISOLanguages()).contains(language)) {
            errors.add("language", pages.msg().errorMessageLanguage());
        }
        return errors;
    }

    /** Sends, then shows where it went; a refusal of the service (400, 409, 429) shows the form again. */
    private Object saved(FormErrors errors, Supplier<TemplateInstance> again, Supplier<String> send) {
        try {
            return Pages.seeOther(send.get());
        } catch (DownstreamAnswer refused) {
            if (refused.status() == 429) {
                errors.addProblem(refused.body());
            } else {
                errors.addRefusal(refused);
            }
            return Pages.invalid(again.get());
        }
    }

    /** The subject as its page names it; 404 for a kind that is none of the three. */
    private Subject subject(String kind, UUID id) {
        if (kind == null || !KINDS.contains(kind) || id == null) {
            throw ProblemException.notFound("subject", id);
        }
        return switch (kind) {
            case "NEED" -> {
                NeedView need = needs.get(id);
                yield new Subject(kind, id, Labels.text(need.need().title(), pages.lang()),
                        authorityName(need.need().authorityId()), "/needs/" + id);
            }
            case "OFFER" -> {
                OfferView offer = offers.get(id);
                yield new Subject(kind, id, Labels.text(offer.offer().title(), pages.lang()),
                        authorityName(offer.offer().authorityId()), "/offers/" + id);
            }
            default -> {
                MatchView match = matches.get(id);
                yield new Subject(kind, id, Labels.text(needs.get(match.need().itemId()).need().title(), pages.lang()),
                        null, "/app/matches/" + id);
            }
        };
    }

    private String authorityName(UUID authority) {
        var profile = downstreams.authorities().read(api -> api.get(authority)).profile();
        return profile.nameEnglish() != null ? profile.nameEnglish() : profile.nameOfficial();
    }

    private TemplateInstance form(Subject subject, String text, String language, FormErrors errors) {
        return pages.localized(Views.conversationNew(pages.frame(), subject, text, language, WRITTEN, errors));
    }

    private TemplateInstance threadPage(ConversationView conversation, String text, String language, FormErrors errors) {
        return threadPage(conversation, text, language, errors, Map.of(), null);
    }

    private TemplateInstance threadPage(ConversationView conversation, String text, String language, FormErrors errors,
                                        Map<UUID, Translator.Translation> translations, UUID untranslated) {
        UUID mine = pages.actingFor().orElse(null);
        boolean side = conversation.sides().stream().anyMatch(s -> s.authorityId().equals(mine));
        List<NeedView> openNeeds = new ArrayList<>();
        List<OfferView> openOffers = new ArrayList<>();
        if (side && "OPEN".equals(conversation.status())) {
            for (var party : conversation.sides()) {
                openNeeds.addAll(downstreams.needs().read(api -> api.list(NeedQuery.open()
                        .withAuthority(party.authorityId()).limit(50)), NeedApi.PAGE).items());
                openOffers.addAll(downstreams.offers().read(api -> api.list(OfferQuery.open()
                        .withAuthority(party.authorityId()).limit(50)), OfferApi.PAGE).items());
            }
        }
        Subject subject = subject(conversation.subjectKind(), conversation.subjectId());
        return pages.localized(Views.conversation(pages.frame(), conversation, subject, side, openNeeds, openOffers,
                text, language, WRITTEN, errors, translator.available(), translations, untranslated));
    }
}
