package eu.twinninghub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.twinninghub.partnerclient.ApiClient;
import eu.twinninghub.partnerclient.ApiException;
import eu.twinninghub.partnerclient.api.AuthoritiesApi;
import eu.twinninghub.partnerclient.api.NeedsApi;
import eu.twinninghub.partnerclient.api.PartnershipsApi;
import eu.twinninghub.partnerclient.api.WebhooksApi;
import eu.twinninghub.partnerclient.model.Webhook;
import eu.twinninghub.partnerclient.model.WebhookInput;
import eu.twinninghub.testing.RepositoryLayout;
import eu.twinninghub.testing.TestServices;
import eu.twinninghub.testing.Tokens;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A partner network's integration, written against the Java client openapi-generator makes from the
 * API document (deploy/e2e/pom.xml): what a partner would do, so that the document is true enough
 * for a generated client to work, not only to look right.
 */
class PartnerClientTest {

    private static final Path SNAPSHOT = RepositoryLayout.root().resolve("deploy/e2e/src/test/openapi/twinning-api.json");
    private static final UUID VINNYTSIA = UUID.fromString("c69235b9-4730-305d-8fee-c51897a80b07");

    private final E2ePlatform platform = E2ePlatform.get();

    /** The client is generated from the snapshot: it must be the document the gateway serves now. */
    @Test
    void theClientIsGeneratedFromTheDocumentTheGatewayServes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String served = RestAssured.given().baseUri(platform.services.url(TestServices.GATEWAY).toString())
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Path current = Path.of("target/openapi/served.json");
        Files.createDirectories(current.getParent());
        Files.writeString(current, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served)) + "\n");
        assertEquals(withoutSignInAddresses(json.readTree(SNAPSHOT.toFile())), withoutSignInAddresses(json.readTree(served)),
                "the served document changed: review deploy/e2e/" + current + " and copy it to " + SNAPSHOT);
    }

    @Test
    void aPartnerNetworkSearchesReadsSubscribesAndExportsWithTheGeneratedClient() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(platform.services.url(TestServices.GATEWAY).toString());
        String token = Tokens.forClient("partner-auc", E2ePlatform.PARTNER_SECRET);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        var needs = new NeedsApi(client).needList(null, "UA", null, null, 10, null, null, null, "energy", null, "OPEN", null,
                null);
        assertNotNull(needs.getItems());
        needs.getItems().forEach(need -> assertEquals("energy", need.getNeed().getSector()));

        var authority = new AuthoritiesApi(client).authorityGet(VINNYTSIA);
        assertEquals(VINNYTSIA, authority.getId());

        WebhooksApi webhooks = new WebhooksApi(client);
        Webhook subscribed = webhooks.webhookCreate(new WebhookInput().url(platform.webhooks.url())
                .eventTypes(List.of("eu.twinninghub.match.proposed.v1")));
        assertNotNull(subscribed.getSecret(), "the signing secret is given once, at subscription");
        assertTrue(webhooks.webhookList().stream().anyMatch(webhook -> webhook.getId().equals(subscribed.getId())));
        webhooks.webhookDelete(subscribed.getId());
        assertFalse(webhooks.webhookList().stream().anyMatch(webhook -> webhook.getId().equals(subscribed.getId())));

        PartnershipsApi partnerships = new PartnershipsApi(client);
        var open = partnerships.partnershipExportJson();
        assertTrue(open.getLicence().contains("CC BY 4.0"), open.getLicence());
        assertNotNull(open.getPartnerships());
        String csv = Files.readString(partnerships.partnershipExportCsv().toPath());
        assertTrue(csv.startsWith("# ") && csv.contains("\npartnership_id,status,"), "the licence, then the header: " + csv);

        ApiException missing = assertThrows(ApiException.class, () -> new NeedsApi(client).needGet(UUID.randomUUID()));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
    }

    /** The sign-in addresses name the Keycloak of wherever the gateway runs; the rest is the contract. */
    private static JsonNode withoutSignInAddresses(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.path("components").path("securitySchemes").forEach(scheme -> scheme.path("flows").forEach(flow -> {
            ((ObjectNode) flow).remove(List.of("authorizationUrl", "tokenUrl", "refreshUrl"));
        }));
        return copy;
    }
}
