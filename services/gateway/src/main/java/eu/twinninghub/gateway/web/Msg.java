package eu.twinninghub.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the web pages. The texts are in {@code messages/msg_en.properties},
 * {@code msg_uk}, {@code msg_de} and {@code msg_pl}; MessagesTest fails when a key misses in any.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message
    String appName();

    @Message
    String skipToContent();

    @Message
    String mainNavigation();

    @Message
    String navNeeds();

    @Message
    String navOffers();

    @Message
    String navPartnerships();

    @Message
    String navDashboard();

    @Message
    String signIn();

    @Message
    String signOut();

    @Message
    String languageUk();

    @Message
    String languageEn();

    @Message
    String languageDe();

    @Message
    String languagePl();

    @Message
    String footer();

    @Message
    String apiLink();

    @Message
    String homeTitle();

    @Message
    String homeLead();

    @Message
    String searchNeedsLabel();

    @Message
    String search();

    @Message
    String homeUrgentNeeds();

    @Message
    String homeLatestOffers();

    @Message
    String allNeeds();

    @Message
    String allOffers();

    @Message
    String nothingYet();

    @Message
    String homeHowTitle();

    @Message
    String homeHow1();

    @Message
    String homeHow2();

    @Message
    String homeHow3();

    @Message
    String needsTitle();

    @Message
    String needsLead();

    @Message
    String offersTitle();

    @Message
    String offersLead();

    @Message
    String searchWords();

    @Message
    String fieldSector();

    @Message
    String fieldSectors();

    @Message
    String fieldUrgency();

    @Message
    String fieldCountry();

    @Message
    String countryHint();

    @Message
    String fieldStatus();

    @Message
    String anySector();

    @Message
    String anyUrgency();

    @Message
    String anyStatus();

    @Message
    String noResults();

    @Message
    String nextPage();

    @Message
    String placesLeft(int count);

    @Message
    String postedBy();

    @Message
    String offeredBy();

    @Message
    String fieldTitle();

    @Message
    String fieldDescription();

    @Message
    String fieldSupportModes();

    @Message
    String fieldExpertise();

    @Message
    String expertiseHint();

    @Message
    String fieldLanguages();

    @Message
    String fieldStartBy();

    @Message
    String fieldEndBy();

    @Message
    String fieldBudget();

    @Message
    String fieldPeopleServed();

    @Message
    String fieldCapacity();

    @Message
    String capacityHint();

    @Message
    String fieldAvailableFrom();

    @Message
    String fieldAvailableUntil();

    @Message
    String fieldStaffDays();

    @Message
    String population();

    @Message
    String manage();

    @Message
    String edit();

    @Message
    String publish();

    @Message
    String withdraw();

    @Message
    String withdrawReason();

    @Message
    String canYouHelp();

    @Message
    String needHelp();

    @Message
    String postNeed();

    @Message
    String postOffer();

    @Message
    String history();

    @Message
    String newNeed();

    @Message
    String editNeed();

    @Message
    String newOffer();

    @Message
    String editOffer();

    @Message
    String needFormLead();

    @Message
    String offerFormLead();

    @Message
    String textsHint();

    @Message
    String fieldOriginal();

    @Message
    String originalHint();

    @Message
    String required();

    @Message
    String chooseSector();

    @Message
    String saveAndPublish();

    @Message
    String saveDraft();

    @Message
    String save();

    @Message
    String errorSummary();

    @Message
    String errorTitle();

    @Message
    String originalIn(String language);

    @Message
    String errorSector();

    @Message
    String errorSectors();

    @Message
    String errorSupportModes();

    @Message
    String errorUrgency();

    @Message
    String errorCapacity();

    @Message
    String errorDate();

    @Message
    String errorEndBeforeStart();

    @Message
    String errorWholeNumber();

    @Message
    String errorReason();

    @Message
    String errorUpdateText();

    @Message
    String errorBadRequest();

    @Message
    String errorForbidden();

    @Message
    String errorNotFound();

    @Message
    String errorConflict();

    @Message
    String errorTooMany();

    @Message
    String errorUnavailable();

    @Message
    String errorUnexpected();

    @Message
    String errorWhatNow();

    @Message
    String backHome();

    @Message
    String done(String key);

    @Message
    String noAuthority();

    @Message
    String partsUnavailable();

    @Message
    String inbox();

    @Message
    String unread(long count);

    @Message
    String awaitingMyAnswer();

    @Message
    String noProposals();

    @Message
    String proposalFor(String name);

    @Message
    String scoreLabel(int score);

    @Message
    String answerBy();

    @Message
    String myPartnerships();

    @Message
    String noPartnerships();

    @Message
    String nextStep();

    @Message
    String myNeeds();

    @Message
    String noNeeds();

    @Message
    String myOffers();

    @Message
    String noOffers();

    @Message
    String verification(String status);

    @Message
    String proposalTitle();

    @Message
    String clusterProposal();

    @Message
    String theNeed();

    @Message
    String theOffer();

    @Message
    String importedFrom(String source, String licence, String retrieved);

    @Message
    String offerNumber(int number);

    @Message
    String acceptedOn();

    @Message
    String notAnsweredYet();

    @Message
    String whyThisScore(Integer score);

    @Message
    String explanationCaption();

    @Message
    String criterionHeader();

    @Message
    String pointsHeader();

    @Message
    String reasonHeader();

    @Message
    String declinedBecause();

    @Message
    String openPartnership();

    @Message
    String yourAnswer();

    @Message
    String accept();

    @Message
    String decline();

    @Message
    String declineReason();

    @Message
    String criterion(String name);

    @Message
    String urgency(String level);

    @Message
    String needStatus(String status);

    @Message
    String offerStatus(String status);

    @Message
    String matchStatus(String status);

    @Message
    String partnershipStatus(String status);

    @Message
    String partnershipTitle();

    @Message
    String partnershipsTitle();

    @Message
    String partnershipsLead();

    @Message
    String openData();

    @Message
    String themes();

    @Message
    String parties();

    @Message
    String establishedOn();

    @Message
    String steps();

    @Message
    String goals();

    @Message
    String recordStep();

    @Message
    String step();

    @Message
    String stepDate();

    @Message
    String cancelReason();

    @Message
    String progressUpdates();

    @Message
    String noUpdates();

    @Message
    String newUpdate();

    @Message
    String postUpdate();

    @Message
    String markAllRead();

    @Message
    String inboxEmpty();

    @Message
    String newLabel();

    @Message
    String joinTitle();

    @Message
    String joinLead();

    @Message
    String joinAlreadyActing();

    @Message
    String joinApprovedRefresh();

    @Message
    String joinContinue();

    @Message
    String myClaims();

    @Message
    String claimState(String state);

    @Message
    String proposedNew();

    @Message
    String decisionReason();

    @Message
    String withdrawClaim();

    @Message
    String joinFind();

    @Message
    String joinFindHint();

    @Message
    String authorityName();

    @Message
    String country();

    @Message
    String anyCountry();

    @Message
    String authorityKind(String kind);

    @Message
    String claimThis();

    @Message
    String joinNotFound();

    @Message
    String proposeAuthority();

    @Message
    String claimTitle();

    @Message
    String claimLead();

    @Message
    String theAuthority();

    @Message
    String authorityKindLabel();

    @Message
    String chooseKind();

    @Message
    String chooseCountry();

    @Message
    String nameOfficial();

    @Message
    String officialCode();

    @Message
    String officialCodeHint();

    @Message
    String evidence();

    @Message
    String evidenceHint();

    @Message
    String yourFunction();

    @Message
    String officialEmail();

    @Message
    String officialWebPage();

    @Message
    String claimNote();

    @Message
    String sendClaim();

    @Message
    String claimQueueTitle();

    @Message
    String claimQueueLead();

    @Message
    String noClaims();

    @Message
    String claimant();

    @Message
    String claimedOn();

    @Message
    String hintEmailMatches();

    @Message
    String hintEmailDiffers();

    @Message
    String hintHasAdmins();

    @Message
    String hintNoAdmins();

    @Message
    String roleGiven();

    @Message
    String roleDefault();

    @Message
    String role(String role);

    @Message
    String decisionReasonHint();

    @Message
    String approve();

    @Message
    String reject();

    @Message
    String joinYourAuthority();

    @Message
    String claimsToDecide();

    @Message
    String errorKind();

    @Message
    String errorCountry();

    @Message
    String errorNameOfficial();

    @Message
    String errorFunction();

    @Message
    String errorWebPage();

    @Message
    String errorEvidence();

    @Message
    String errorDecision();

    @Message
    String errorRejectReason();

    @Message
    String claimFunction();

    @Message
    String claimNoteShort();

    @Message
    String hintEmailUnknown();

    @Message
    String hintVerification(String status);

    @Message
    String matchHeld();

    @Message
    String navConversations();

    @Message
    String letsTalk();

    @Message
    String letsTalkIntro(String authority);

    @Message
    String signInToTalk();

    @Message
    String conversationsTitle();

    @Message
    String conversationWith(String name);

    @Message
    String conversationAbout();

    @Message
    String subjectKind(String kind);

    @Message
    String conversationStatus(String status);

    @Message
    String fieldMessage();

    @Message
    String fieldMessageLanguage();

    @Message
    String send();

    @Message
    String writtenIn(String language);

    @Message
    String originalNote();

    @Message
    String unreadCount(int count);

    @Message
    String noConversations();

    @Message
    String conversationClosedNote();

    @Message
    String closeConversation();

    @Message
    String closeReason();

    @Message
    String reportConversation();

    @Message
    String reportReason();

    @Message
    String reportedNote();

    @Message
    String proposePartnership();

    @Message
    String proposeIntro();

    @Message
    String fieldProposalNeed();

    @Message
    String fieldProposalOffer();

    @Message
    String propose();

    @Message
    String noPairToPropose();

    @Message
    String seeProposal();

    @Message
    String adminRead(String admin);

    @Message
    String errorMessageText();

    @Message
    String errorMessageLanguage();

    @Message
    String talkToOtherSide();

    @Message
    String lastMessage();

    @Message
    String withAuthority();

    @Message
    String machineTranslation(String engine);

    @Message
    String translationUnavailable();

    @Message
    String translateInto(String language);

    @Message
    String translationOffered();

    @Message
    String fieldOblast();

    @Message
    String anyOblast();

    @Message
    String reportedBadge();

    @Message
    String reportedConversations();

    @Message
    String allConversations();

    @Message
    String fieldRayon();

    @Message
    String anyRayon();

    @Message
    String errorReasonLength();

    @Message
    String navAlliance();





























}
