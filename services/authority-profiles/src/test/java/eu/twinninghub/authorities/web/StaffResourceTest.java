package eu.twinninghub.authorities.web;

import static eu.twinninghub.testing.Calls.as;
import static eu.twinninghub.testing.Calls.problem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.testing.KafkaTestResource;
import eu.twinninghub.testing.KeycloakTestResource;
import eu.twinninghub.testing.PostgresTestResource;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An authority's admins manage its people in the real Keycloak; the last admin always stays. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "authority_profiles"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class StaffResourceTest {

    @Test
    void adminsManageTheirPeopleAndTheLastAdminStays() {
        String town = as("platform-admin").body(AuthorityResourceTest.municipality("Personalstadt"))
                .post("/api/v1/authorities").then().statusCode(201).extract().path("id");
        String admin = RealmUsers.adminOf(java.util.UUID.fromString(town), "de");
        String colleague = RealmUsers.newcomer("de");
        String claim = as(colleague).body(ClaimResourceTest.claimOf(town)).post("/api/v1/claims").then()
                .statusCode(201).extract().path("id");
        as(admin).body(Map.of("approve", true)).post("/api/v1/claims/" + claim + "/decision").then().statusCode(200)
                .body("role", equalTo("MEMBER"));

        String staff = "/api/v1/authorities/" + town + "/staff";
        as(admin).get(staff).then().statusCode(200)
                .body("username", containsInAnyOrder(admin, colleague))
                .body("find { it.username == '" + colleague + "' }.role", equalTo("MEMBER"));
        problem(as("aachen-admin").get(staff).then(), 403, "forbidden");
        Tokens.forget(colleague);
        problem(as(colleague).get(staff).then(), 403, "forbidden");
        String adminId = as(admin).get(staff).then().extract().path("find { it.username == '" + admin + "' }.personId");
        String colleagueId = as(admin).get(staff).then().extract()
                .path("find { it.username == '" + colleague + "' }.personId");

        problem(as(admin).body(Map.of("role", "MEMBER")).put(staff + "/" + adminId).then(), 409, "conflict")
                .body("detail", org.hamcrest.Matchers.containsString("last admin"));
        problem(as(admin).delete(staff + "/" + adminId).then(), 409, "conflict");
        problem(as(admin).body(Map.of("role", "OWNER")).put(staff + "/" + colleagueId).then(), 400, "validation")
                .body("violations[0].field", equalTo("role"));
        problem(as(admin).delete(staff + "/not-a-person").then(), 404, "not-found");
        as(admin).body(Map.of("role", "ADMIN")).put(staff + "/" + colleagueId).then().statusCode(200)
                .body("role", equalTo("ADMIN"));

        Tokens.forget(colleague);
        as(colleague).delete(staff + "/" + adminId).then().statusCode(204);
        Tokens.forget(admin);
        var token = Tokens.claims(Tokens.forUser(admin));
        assertTrue(token.path("authority_id").isMissingNode(), token.toString());
        problem(as(admin).get(staff).then(), 403, "forbidden");
        problem(as(colleague).delete(staff + "/" + colleagueId).then(), 409, "conflict");
        as(colleague).get("/api/v1/authorities/" + town + "/trail").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("STAFF_REMOVED", "STAFF_ROLE_CHANGED"));
    }
}
