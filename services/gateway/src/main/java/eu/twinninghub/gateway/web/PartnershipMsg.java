package eu.twinninghub.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of a partnership's members and milestones on its page, and of the funding programmes a
 * need or a partnership names ({@code partnerships:} in templates), in
 * {@code messages/partnerships_en.properties} and the other page languages; a bundle of its own for the
 * reason {@link AllianceMsg} gives.
 */
@MessageBundle(value = "partnerships", locale = "en")
public interface PartnershipMsg {

    @Message
    String team(String team);

    @Message
    String coordinator();

    @Message
    String memberSince(String day);

    @Message
    String invitedTitle();

    @Message
    String invitedOn(String day);

    @Message
    String formerTitle();

    @Message
    String leftOn(String day, String reason);

    @Message
    String invitationTitle();

    @Message
    String invitationHint();

    @Message
    String accept();

    @Message
    String decline();

    @Message
    String reason();

    @Message
    String leaveTitle();

    @Message
    String leaveHint();

    @Message
    String leave();

    @Message
    String milestonesTitle();

    @Message
    String milestone(String kind);

    @Message
    String noMilestones();

    @Message
    String recordMilestone();

    @Message
    String milestoneKind();

    @Message
    String milestoneDate();

    @Message
    String milestoneLink();

    @Message
    String seeLink();

    @Message
    String dreamProject(String id);

    @Message
    String errorFutureDate();

    @Message
    String fundingProgrammes();

    @Message
    String inviteTitle(String team);

    @Message
    String inviteHint();

    @Message
    String inviteSearch();

    @Message
    String find();

    @Message
    String invite();

    @Message
    String noCandidates();

    @Message
    String errorChooseAuthority();

    @Message
    String coordinateTitle();

    @Message
    String handOverTo();

    @Message
    String handOver();

    @Message
    String removeMember();

    @Message
    String remove();

    @Message
    String errorChooseProgramme();
}
