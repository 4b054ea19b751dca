package eu.twinninghub.gateway.web;

import eu.twinninghub.api.analytics.Coverage;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.claim.ClaimView;
import eu.twinninghub.api.conversation.ConversationView;
import eu.twinninghub.api.match.MatchView;
import eu.twinninghub.api.me.Dashboard;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.notification.NotificationView;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.api.partnership.PartnershipView;
import eu.twinninghub.gateway.translation.Translator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The pages, checked against their templates ({@code templates/web/}) when the gateway is built. */
@CheckedTemplate(basePath = "web")
final class Views {

    private Views() {
    }

    static native TemplateInstance home(Frame page, List<NeedView> needs, List<OfferView> offers);

    static native TemplateInstance needs(Frame page, Page<NeedView> results, Search search,
                                         List<Oblasts.Oblast> oblasts, List<String> rayons);

    static native TemplateInstance need(Frame page, NeedView need, AuthorityView authority, boolean mine,
                                       PostingTranslations.Machine machine);

    static native TemplateInstance alliance(Frame page, Coverage coverage, AllianceMap.View map,
                                           TrendChart.View trends);

    static native TemplateInstance offers(Frame page, Page<OfferView> results, Search search,
                                          List<Oblasts.Oblast> oblasts, List<String> rayons);

    static native TemplateInstance offer(Frame page, OfferView offer, AuthorityView authority, boolean mine,
                                        PostingTranslations.Machine machine);

    static native TemplateInstance partnerships(Frame page, Page<PartnershipView> results, Search search);

    static native TemplateInstance partnership(Frame page, PartnershipView partnership, PartnershipActing acting,
                                               FormErrors errors);

    static native TemplateInstance dashboard(Frame page, Dashboard dashboard, String done, boolean acting,
                                             boolean joining, boolean deciding);

    static native TemplateInstance needForm(Frame page, NeedForm form, FormErrors errors, String action, String status);

    static native TemplateInstance offerForm(Frame page, OfferForm form, FormErrors errors, String action, String status);

    static native TemplateInstance match(Frame page, MatchView match, Map<UUID, String> titles, boolean awaitingMe,
                                         FormErrors errors);

    static native TemplateInstance inbox(Frame page, Page<NotificationView> results);

    static native TemplateInstance join(Frame page, List<ClaimView> mine, Page<AuthorityView> results, Search search,
                                        String done, boolean acting, boolean approvedNotActing);

    static native TemplateInstance claimForm(Frame page, ClaimForm form, AuthorityView authority, FormErrors errors);

    static native TemplateInstance claims(Frame page, List<ClaimView> queue, String done, UUID failed,
                                          FormErrors errors);

    static native TemplateInstance error(Frame page, int status, String title, String detail);

    static native TemplateInstance conversations(Frame page, Page<ConversationView> results, UUID mine,
                                                 boolean reportedOnly);

    static native TemplateInstance conversationNew(Frame page, ConversationPages.Subject subject, String text,
                                                   String language, List<String> languages, FormErrors errors);

    static native TemplateInstance conversation(Frame page, ConversationView conversation,
                                                ConversationPages.Subject subject, boolean side, List<NeedView> needs,
                                                List<OfferView> offers, String text, String language,
                                                List<String> languages, FormErrors errors, boolean translating,
                                                Map<UUID, Translator.Translation> translations, UUID untranslated);
}
