package eu.twinninghub.e2e.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.e2e.E2ePlatform;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one public document: every operation summarised, exemplified, secured as the code is, errors typed. */
class OpenApiDocumentTest {

    private final E2ePlatform platform = E2ePlatform.get();

    @Test
    void everyOperationIsDocumentedAsItBehaves() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertTrue(document.path("openapi").asText().startsWith("3.1"));
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertEquals("authorizationCode", schemes.path("people").path("flows").fieldNames().next());
        assertEquals("clientCredentials", schemes.path("partners").path("flows").fieldNames().next());

        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            for (var method = entry.getValue().fields(); method.hasNext(); ) {
                var operation = method.next();
                String name = operation.getKey().toUpperCase() + " " + entry.getKey();
                JsonNode op = operation.getValue();
                operations++;
                if (op.path("summary").asText().isBlank()) {
                    gaps.add(name + ": no summary");
                }
                if (!op.path("responses").has("503") || !op.path("responses").has("429")) {
                    gaps.add(name + ": no problem responses");
                }
                boolean hasBody = op.has("requestBody") || op.path("responses").properties().stream()
                        .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().has("content"));
                if (hasBody && !op.toString().contains("\"example\"")) {
                    gaps.add(name + ": no example");
                }
                boolean write = !operation.getKey().equals("get");
                if (write && !entry.getKey().startsWith("/api/v1/me") && op.path("security").isEmpty()) {
                    gaps.add(name + ": a write without a security requirement");
                }
            }
        }
        assertTrue(operations >= 48, "operations: " + operations);
        assertEquals(List.of(), gaps);
        JsonNode register = document.path("paths").path("/api/v1/authorities").path("post");
        assertEquals("[{\"people\":[]},{\"partners\":[]}]", register.path("security").toString());
        assertEquals("#/components/responses/Forbidden", register.path("responses").path("403").path("$ref").asText());
        assertTrue(document.path("paths").path("/api/v1/needs").path("get").path("security").isEmpty(),
                "public reads need no sign-in");
        // What is served: an object with the licence and the partnerships (it was documented as a string,
        // so a client generated from the document could not read it).
        assertEquals("#/components/schemas/OpenData", document.path("paths").path("/api/v1/partnerships/export.json")
                .path("get").path("responses").path("200").path("content").path("application/json").path("schema")
                .path("$ref").asText());
    }
}
