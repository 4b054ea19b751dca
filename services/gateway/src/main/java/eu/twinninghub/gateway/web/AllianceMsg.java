package eu.twinninghub.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of the Alliance page ({@code alliance:} in templates), in {@code messages/alliance_en.properties}
 * and the other page languages. A bundle of its own: one bundle of every label of the site grew past what
 * Quarkus 3.34's generated message resolver handles (it failed verification at start), and the page's
 * words belong together anyway.
 */
@MessageBundle(value = "alliance", locale = "en")
public interface AllianceMsg {

    @Message
    String allianceTitle();

    @Message
    String allianceLead();

    @Message
    String asOf(String time);

    @Message
    String measureLabel();

    @Message
    String measure(String name);

    @Message
    String show();

    @Message
    String mapTitle(String shown);

    @Message
    String mapNoData();

    @Message
    String mapHint();

    @Message
    String mapAttribution();

    @Message
    String coverageByOblast();

    @Message
    String colOblast();

    @Message
    String colOpenNeeds();

    @Message
    String colWithProposal();

    @Message
    String colInPartnership();

    @Message
    String colMedianDays();

    @Message
    String colHromadasWithPartner();

    @Message
    String coverageBySector();

    @Message
    String colOfferPlaces();

    @Message
    String hromadasBySize();

    @Message
    String colSize();

    @Message
    String colHromadas();

    @Message
    String colWithPartner();

    @Message
    String sizeClass(String type);

    @Message
    String partnerCountries();

    @Message
    String colCountry();

    @Message
    String colAuthorities();

    @Message
    String colPartnerships();

    @Message
    String coverageSources();

    @Message
    String trendsTitle();

    @Message
    String trend(String key);

    @Message
    String trendMax(int max);

    @Message
    String colMonth();

    @Message
    String trendRange(String from, String to);
}
