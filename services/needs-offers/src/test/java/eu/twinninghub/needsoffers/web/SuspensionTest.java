package eu.twinninghub.needsoffers.web;

import static eu.twinninghub.testing.Calls.anonymous;
import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.RealmUsers;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A suspended authority's postings leave the public lists and pages, nothing is deleted, and its people cannot write. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "needs_offers"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class SuspensionTest {

    private static final Duration SOON = Duration.ofSeconds(30);

    @BeforeEach
    void authoritiesAreKnown() {
        Authorities.announce();
    }

    @Test
    void aSuspendedAuthorityDisappearsFromPublicViewAndComesBackWhenReinstated() {
        UUID town = UUID.randomUUID();
        Authorities.publish(new AuthorityRegistered(town, Authorities.profile("MUNICIPALITY", "DE", null,
                "Suspendierstadt", List.of(), "VERIFIED")));
        Authorities.awaitKnown(town, known -> known.verification == Verification.VERIFIED);
        String admin = RealmUsers.adminOf(town, "de");
        String offer = as(admin).body(OfferResourceTest.offer(town, "Heat network advice", 2)).post("/api/v1/offers")
                .then().statusCode(201).extract().path("id");
        as(admin).body("{\"status\":\"OPEN\"}").post("/api/v1/offers/" + offer + "/status").then().statusCode(200);
        anonymous().queryParam("authority", town.toString()).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", hasItem(offer));

        Authorities.publish(new AuthoritySuspended(town, "platform-admin", "impersonation reported"));
        await().atMost(SOON).untilAsserted(() -> anonymous().queryParam("authority", town.toString())
                .get("/api/v1/offers").then().statusCode(200).body("items.id", not(hasItem(offer))));
        problem(anonymous().get("/api/v1/offers/" + offer).then(), 404, "not-found");
        as("aachen-admin").queryParam("q", "Heat network advice").get("/api/v1/offers").then().statusCode(200)
                .body("items.id", not(hasItem(offer)));
        as(admin).get("/api/v1/offers/" + offer).then().statusCode(200).body("status", equalTo("OPEN"));
        as("platform-admin").queryParam("authority", town.toString()).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", hasItem(offer));
        problem(as(admin).body("{\"status\":\"CLOSED\",\"reason\":\"done\"}")
                .post("/api/v1/offers/" + offer + "/status").then(), 403, "authority-suspended")
                .body("detail", org.hamcrest.Matchers.containsString("Suspendierstadt is suspended"));
        problem(as(admin).body(OfferResourceTest.offer(town, "Another offer", 1)).post("/api/v1/offers").then(),
                403, "authority-suspended");

        Authorities.publish(new AuthorityVerified(town, "platform-admin", "reinstated after review"));
        await().atMost(SOON).untilAsserted(() -> anonymous().get("/api/v1/offers/" + offer).then().statusCode(200)
                .body("status", equalTo("OPEN")));
        anonymous().queryParam("authority", town.toString()).get("/api/v1/offers").then().statusCode(200)
                .body("items.id", hasItem(offer));
    }

    @Test
    void aDraftWithdrawnBeforeItWasPublishedIsNeverPublic() {
        String draft = as("aachen-admin").body(OfferResourceTest.offer(Authorities.AACHEN, "Withdrawn draft", 1))
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");
        as("aachen-admin").body("{\"status\":\"WITHDRAWN\",\"reason\":\"posted by mistake\"}")
                .post("/api/v1/offers/" + draft + "/status").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        problem(anonymous().get("/api/v1/offers/" + draft).then(), 404, "not-found");
        problem(as("vinnytsia-admin").get("/api/v1/offers/" + draft).then(), 404, "not-found");
        as("vinnytsia-admin").queryParam("status", "WITHDRAWN").queryParam("limit", 100).get("/api/v1/offers").then()
                .statusCode(200).body("items.id", not(hasItem(draft)));
        as("aachen-admin").get("/api/v1/offers/" + draft).then().statusCode(200);
    }
}
