package eu.twinninghub.e2e.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.twinninghub.e2e.E2ePlatform;
import eu.twinninghub.testing.Tokens;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hostile input to every operation of the served OpenAPI document, anonymous and signed in: broken
 * and wrongly typed bodies, each field wrong in turn (type, 200,000 characters, null, an unknown enum
 * value), unknown fields, deep nesting, XML, hostile path ids, and media types the operation does
 * not speak. Nothing may answer 5xx, and every 4xx is a problem+json. It walks the document, so an
 * operation is covered the day it is added.
 */
class HostileInputTest {

    private final E2ePlatform platform = E2ePlatform.get();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_IDS = List.of("not-a-uuid", "..%2F..%2Fetc%2Fpasswd", "%00",
            "a".repeat(5_000));
    private static final String LONG = "x".repeat(200_000);
    /** Raw bodies: broken JSON, the wrong top-level type, deep nesting. */
    private static final List<String> RAW_BODIES = List.of("{\"title\":", "[]", "\"a string\"", "42", "null",
            "[".repeat(2_000) + "]".repeat(2_000), "{\"unknownField\":1}");

    private JsonNode components;
    private final List<String> failures = new ArrayList<>();
    private int calls;

    @Test
    void nothingACallerSendsIsAServerError() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operation(method.getKey().toUpperCase(), path.getKey(), method.getValue());
                }
            }
        }
        System.out.println("hostile input: " + calls + " calls");
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls + " calls failed:\n" + String.join("\n", failures));
    }

    private void operation(String method, String template, JsonNode operation) {
        JsonNode body = requestExample(operation);
        String valid = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (String caller : new String[] {null, "platform-admin"}) {
            if (template.contains("{")) {
                for (String id : HOSTILE_IDS) {
                    send(caller, method, template.replaceAll("\\{[^}]+}", id), "application/json", "application/json",
                            body == null ? null : body.toString());
                }
            }
            for (String accept : List.of("application/xml", "text/plain")) {
                send(caller, method, valid, accept, "application/json", body == null ? null : body.toString());
            }
            if (body == null) {
                continue;
            }
            send(caller, method, valid, "application/json", "application/xml", "<need><title>x</title></need>");
            send(caller, method, valid, "application/json", "text/plain", "plain words");
            for (String raw : RAW_BODIES) {
                send(caller, method, valid, "application/json", "application/json", raw);
            }
            if (body.isObject()) {
                for (Map.Entry<String, JsonNode> field : fields(body)) {
                    for (JsonNode wrong : wrongValues(field.getValue())) {
                        ObjectNode changed = body.deepCopy();
                        changed.set(field.getKey(), wrong);
                        send(caller, method, valid, "application/json", "application/json", changed.toString());
                    }
                }
            }
        }
    }

    private void send(String caller, String method, String path, String accept, String contentType, String body) {
        calls++;
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Accept", accept);
        if (caller != null) {
            request.auth().oauth2(Tokens.forUser(caller));
        }
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        Response response;
        try {
            response = request.request(method, path);
        } catch (RuntimeException e) {
            failures.add(method + " " + abbreviated(path) + " as " + caller + ": no answer (" + e.getMessage() + ")");
            return;
        }
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        if (status >= 500) {
            failures.add(status + " " + method + " " + abbreviated(path) + " as " + caller + " [" + accept + ", "
                    + contentType + "] " + abbreviated(body) + " → " + abbreviated(response.asString()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(status + " without problem+json (" + type + ") " + method + " " + abbreviated(path) + " as "
                    + caller + " [" + accept + "]");
        }
    }

    /** The example the document gives for the request body, or an object built from its schema. */
    private JsonNode requestExample(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        if (content.isMissingNode()) {
            return null;
        }
        if (content.has("example")) {
            return content.get("example");
        }
        JsonNode schema = resolve(content.path("schema"));
        if (schema.has("example")) {
            return schema.get("example");
        }
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fieldNames().forEachRemaining(name -> object.put(name, "text"));
        return object;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : components.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        return new ArrayList<>(fields.entrySet());
    }

    /** What a careless or hostile client puts where {@code value} belongs. */
    private static List<JsonNode> wrongValues(JsonNode value) {
        List<JsonNode> wrong = new ArrayList<>(List.of(NODES.nullNode(), NODES.textNode(LONG),
                NODES.textNode("NOT_A_KNOWN_VALUE"), NODES.objectNode().put("nested", true)));
        wrong.add(value.isNumber() || value.isBoolean() ? NODES.textNode("a word") : NODES.numberNode(-1));
        wrong.add(value.isArray() ? NODES.textNode("not a list") : NODES.arrayNode().add(NODES.arrayNode()));
        return wrong;
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
