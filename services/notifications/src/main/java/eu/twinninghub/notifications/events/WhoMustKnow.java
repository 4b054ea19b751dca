package eu.twinninghub.notifications.events;

import eu.twinninghub.api.match.Reasons;
import eu.twinninghub.events.Event;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.events.claim.ClaimDecided;
import eu.twinninghub.events.conversation.ConversationClosed;
import eu.twinninghub.events.conversation.ConversationOpened;
import eu.twinninghub.events.conversation.ConversationWritten;
import eu.twinninghub.events.match.MatchAccepted;
import eu.twinninghub.events.match.MatchDeclined;
import eu.twinninghub.events.match.MatchExpired;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.match.MatchReason;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipCompleted;
import eu.twinninghub.events.partnership.PartnershipDormant;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.events.partnership.PartnershipMembershipChanged;
import eu.twinninghub.events.partnership.PartnershipRegistered;
import eu.twinninghub.notifications.inbox.Announcement;
import eu.twinninghub.notifications.templates.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides from an event who must know and what they are told: a proposal → every side; one side
 * accepts or declines → the others; a proposal expires → every side; a partnership is established,
 * completed or cancelled → every side and the partner networks each side belongs to; a partnership
 * goes quiet → every side; an authority is verified → the authority; a conversation is opened or
 * written into → the other side, closed → the sides that did not close it. Published needs reach
 * offering authorities through the daily digest instead, never one by one.
 */
@ApplicationScoped
public class WhoMustKnow {

    /** Reasons told in a notification: enough to see why, short enough for an inbox line. */
    private static final int STRONGEST = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final Audience audience;
    private final Texts texts;

    public WhoMustKnow(Audience audience, Texts texts) {
        this.audience = audience;
        this.texts = texts;
    }

    public List<Announcement> of(Event<?> event) {
        String cause = event.id().toString();
        List<Announcement> out = new ArrayList<>();
        switch (event.data()) {
            case MatchProposed p -> {
                KnownPosting need = audience.posting(p.need().itemId());
                String link = "/matches/" + p.matchId();
                Map<String, Object> common = Map.of("score", p.score(), "deadline", DAY.format(p.expiresAt()));
                UUID best = p.offers().get(0).itemId();
                out.add(new Announcement(cause, p.need().authorityId().toString(), "match.proposed",
                        texts.render("match-proposed-need", lang -> with(common, "partners",
                                names(p.offers().stream().map(MatchParty::authorityId).toList(), lang),
                                "need", title(need, lang), "reasons", reasons(p, best, lang))), link));
                for (MatchParty offer : p.offers()) {
                    out.add(new Announcement(cause, offer.authorityId().toString(), "match.proposed",
                            texts.render("match-proposed-offer", lang -> with(common, "hromada",
                                    name(p.need().authorityId(), lang), "need", title(need, lang),
                                    "reasons", reasons(p, offer.itemId(), lang))), link));
                }
            }
            case MatchAccepted a -> {
                if (!a.agreed()) {
                    others(a.matchId(), a.byAuthorityId(), cause, "match.accepted", "match-accepted", Map.of(), out);
                }
            }
            case MatchDeclined d -> others(d.matchId(), d.byAuthorityId(), cause, "match.declined", "match-declined",
                    Map.of("reason", d.reason()), out);
            case MatchExpired e -> {
                KnownMatch match = KnownMatch.findById(e.matchId().toString());
                KnownPosting need = match == null ? null : KnownPosting.findById(match.needId);
                for (UUID side : e.authorityIds()) {
                    out.add(new Announcement(cause, side.toString(), "match.expired", texts.render("match-expired",
                            lang -> Map.of("need", title(need, lang))), "/matches/" + e.matchId()));
                }
            }
            case PartnershipEstablished p -> partnership(cause, p.partnershipId(), p.need(), p.offers(), List.of(),
                    "partnership.established", "partnership-established", Map.of(), out);
            case PartnershipCompleted p -> partnership(cause, p.partnershipId(), p.need(), p.offers(), p.members(),
                    "partnership.completed", "partnership-completed", Map.of(), out);
            case PartnershipCancelled p -> partnership(cause, p.partnershipId(), p.need(), p.offers(), p.members(),
                    "partnership.cancelled", "partnership-cancelled",
                    Map.of("reason", p.reason() == null ? "—" : p.reason()), out);
            case PartnershipDormant d -> {
                KnownPartnership partnership = KnownPartnership.findById(d.partnershipId().toString());
                KnownPosting need = partnership == null ? null : KnownPosting.findById(partnership.needId);
                for (UUID side : d.authorityIds()) {
                    out.add(new Announcement(cause, side.toString(), "partnership.dormant",
                            texts.render("partnership-dormant", lang -> Map.of("need", title(need, lang),
                                    "since", DAY.format(d.lastProgressAt()))),
                            "/partnerships/" + d.partnershipId()));
                }
            }
            case PartnershipRegistered r -> {
                // Each side learns who put it in the register, and from which list, so it can object.
                for (UUID side : r.authorityIds()) {
                    out.add(new Announcement(cause, side.toString(), "partnership.registered",
                            texts.render("partnership-registered", lang -> Map.of("partners", String.join(", ",
                                    r.authorityIds().stream().filter(other -> !other.equals(side))
                                            .map(other -> name(other, lang)).toList()),
                                    "by", r.importedBy(), "source", r.source())),
                            "/partnerships/" + r.partnershipId()));
                }
            }
            case PartnershipMembershipChanged m -> membership(cause, m, out);
            case ConversationOpened o -> out.add(new Announcement(cause, o.withAuthorityId().toString(), "conversation.opened",
                        texts.render("conversation-opened", lang -> Map.of("by", name(o.openedByAuthorityId(), lang),
                                "subject", subject(o.conversationId().toString(), lang),
                                "language", languageName(o.language(), lang))),
                        "/conversations/" + o.conversationId()));
            case ConversationWritten m -> out.add(new Announcement(cause, m.toAuthorityId().toString(),
                    "conversation.message", texts.render("conversation-message", lang -> Map.of("by",
                    name(m.fromAuthorityId(), lang), "subject", subject(m.conversationId().toString(), lang),
                    "language", languageName(m.language(), lang))), "/conversations/" + m.conversationId()));
            case ConversationClosed c -> {
                for (UUID side : c.authorityIds()) {
                    if (!side.equals(c.byAuthorityId())) {
                        out.add(new Announcement(cause, side.toString(), "conversation.closed",
                                texts.render("conversation-closed", lang -> Map.of("by", c.byAuthorityId() == null
                                                ? Texts.word(lang, "Адміністратори платформи", "The platform's admins",
                                                "Die Plattform-Administration", "Administratorzy platformy")
                                                : name(c.byAuthorityId(), lang),
                                        "subject", subject(c.conversationId().toString(), lang))),
                                "/conversations/" + c.conversationId()));
                    }
                }
            }
            case ClaimDecided d when d.approved() && d.authorityId() != null -> out.add(new Announcement(cause,
                    d.authorityId().toString(), "claim.approved", texts.render("colleague-joined",
                    lang -> Map.of("person", d.personName(), "authority", name(d.authorityId(), lang),
                            "role", Claimants.role(d.role(), lang), "by", d.decidedBy())),
                    "/authorities/" + d.authorityId()));
            case AuthorityVerified v -> out.add(new Announcement(cause, v.authorityId().toString(),
                    "authority.verified", texts.render("authority-verified",
                    lang -> Map.of("name", name(v.authorityId(), lang))), "/authorities/" + v.authorityId()));
            default -> {
            }
        }
        return out;
    }

    /** Every authority an event concerns, with the partner networks they belong to: who may receive it by webhook. */
    public Set<String> concerned(Event<?> event, List<Announcement> announcements) {
        Set<String> authorities = new LinkedHashSet<>();
        announcements.forEach(a -> authorities.add(a.authorityId()));
        if (event.subject() != null) {
            KnownAuthority subject = KnownAuthority.findById(event.subject());
            if (subject != null) {
                authorities.add(subject.id);
            }
        }
        KnownPosting posting = event.subject() == null ? null : KnownPosting.findById(event.subject());
        if (posting != null) {
            authorities.add(posting.authorityId);
        }
        Set<String> withNetworks = new LinkedHashSet<>(authorities);
        for (String id : authorities) {
            KnownAuthority authority = KnownAuthority.findById(id);
            if (authority != null) {
                withNetworks.addAll(authority.networkIds);
            }
        }
        return withNetworks;
    }

    private void others(UUID matchId, UUID by, String cause, String type, String message, Map<String, Object> extra,
                        List<Announcement> out) {
        KnownMatch match = KnownMatch.findById(matchId.toString());
        if (match == null) {
            return;
        }
        KnownPosting need = KnownPosting.findById(match.needId);
        for (String side : match.sides()) {
            if (!side.equals(by.toString())) {
                out.add(new Announcement(cause, side, type, texts.render(message, lang -> with(extra, "by",
                        name(by, lang), "need", title(need, lang))), "/matches/" + matchId));
            }
        }
    }

    /**
     * The sides of a partnership and their networks. {@code members}, where the event names them, are
     * the sides at its end: those who joined later are told, those who left are not.
     */
    private void partnership(String cause, UUID partnership, MatchParty needParty, List<MatchParty> offers,
                             List<UUID> members, String type, String message, Map<String, Object> extra,
                             List<Announcement> out) {
        KnownPosting need = audience.posting(needParty.itemId());
        List<UUID> sides = new ArrayList<>(members);
        if (sides.isEmpty()) {
            sides.add(needParty.authorityId());
            offers.forEach(o -> sides.add(o.authorityId()));
        }
        Function<String, Map<String, Object>> data = lang -> with(extra, "parties", names(sides, lang),
                "need", title(need, lang));
        Texts.Translated rendered = texts.render(message, data);
        Set<String> recipients = new LinkedHashSet<>();
        for (UUID side : sides) {
            recipients.add(side.toString());
            KnownAuthority authority = audience.authority(side);
            if (authority != null) {
                recipients.addAll(authority.networkIds);
            }
        }
        for (String recipient : recipients) {
            out.add(new Announcement(cause, recipient, type, rendered, "/partnerships/" + partnership));
        }
    }

    /**
     * An invitation goes to the invited authority. Any other change goes to the members; the
     * authority it concerns is told too when someone else made it (removed, made coordinator).
     */
    private void membership(String cause, PartnershipMembershipChanged m, List<Announcement> out) {
        String link = "/partnerships/" + m.partnershipId();
        String subject = m.authorityId().toString();
        if (m.change().equals(PartnershipMembershipChanged.INVITED)) {
            out.add(new Announcement(cause, subject, "partnership.invited", texts.render("partnership-invited",
                    lang -> Map.of("by", m.by(), "partners", names(m.members(), lang))), link));
            return;
        }
        String template = switch (m.change()) {
            case PartnershipMembershipChanged.JOINED -> "partnership-joined";
            case PartnershipMembershipChanged.COORDINATOR -> "partnership-coordinator";
            default -> "partnership-left";
        };
        boolean byOthers = m.change().equals(PartnershipMembershipChanged.REMOVED)
                || m.change().equals(PartnershipMembershipChanged.COORDINATOR);
        LinkedHashSet<UUID> told = new LinkedHashSet<>(m.members());
        if (byOthers) {
            told.add(m.authorityId());
        } else {
            told.remove(m.authorityId());
        }
        for (UUID member : told) {
            out.add(new Announcement(cause, member.toString(), "partnership.membership", texts.render(template,
                    lang -> Map.of("authority", name(m.authorityId(), lang), "by", m.by(),
                            "reason", m.reason() == null ? "—" : m.reason())), link));
        }
    }

    private String name(UUID authority, String language) {
        KnownAuthority known = audience.authority(authority);
        return known == null ? Texts.word(language, "Партнер", "A partner", "Ein Partner", "Partner") : known.name(language);
    }

    private String names(List<UUID> authorities, String language) {
        return String.join(", ", authorities.stream().map(a -> name(a, language)).toList());
    }

    private static String title(KnownPosting posting, String language) {
        if (posting == null || posting.title(language) == null) {
            return Texts.word(language, "вашої потреби", "your need", "Ihr Bedarf", "twojej potrzeby");
        }
        return posting.title(language);
    }

    /**
     * The strongest reasons of {@code offer}'s score, in {@code language}: the three criteria that gave
     * the most points. Empty for proposals announced without them, and a code this version does not
     * know is left out rather than shown raw.
     */
    private static String reasons(MatchProposed proposal, UUID offer, String language) {
        Locale reader = Locale.of(language);
        List<String> strongest = new ArrayList<>();
        proposal.reasons().stream().filter(r -> r.offerId().equals(offer)).findFirst().ifPresent(found ->
                found.reasons().stream().filter(r -> r.points() > 0)
                        .sorted(Comparator.comparingDouble(MatchReason::points).reversed())
                        .forEach(r -> {
                            if (strongest.size() < STRONGEST) {
                                try {
                                    strongest.add(Reasons.render(r.code(), r.params(), reader));
                                } catch (IllegalArgumentException unknown) {
                                    // a newer engine's code: its words are not in this version's bundles
                                }
                            }
                        }));
        return String.join("; ", strongest);
    }

    /** What a conversation is about, as its readers know it: the posting's title, or the proposal's need. */
    private static String subject(String conversation, String language) {
        KnownConversation known = KnownConversation.findById(conversation);
        String posting = known == null ? null : known.subjectId;
        if (known != null && "MATCH".equals(known.subjectKind)) {
            KnownMatch match = KnownMatch.findById(known.subjectId);
            posting = match == null ? null : match.needId;
        }
        KnownPosting found = posting == null ? null : KnownPosting.findById(posting);
        if (found == null || found.title(language) == null) {
            return Texts.word(language, "вашої публікації", "your posting", "Ihren Eintrag", "waszego ogłoszenia");
        }
        return found.title(language);
    }

    /** The language a message is written in, named in the reader's. */
    private static String languageName(String code, String reader) {
        return Locale.of(code).getDisplayLanguage(Locale.of(reader));
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> map = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
