package eu.twinninghub.gateway.openapi;

import eu.twinninghub.service.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the public document from what the code enforces: who may call each operation (read
 * from the gateway's own security annotations, so the document cannot drift from the rules), the
 * problem types each can answer, an operation id, and an example of every request and answer.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PublicDocument implements OASFilter {

    static final String PEOPLE = "people";
    static final String PARTNERS = "partners";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        securitySchemes(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("this gateway")));
        ProblemResponses.register(openAPI);
        Map<String, Rule> rules = rules();
        ExampleMaker examples = new ExampleMaker(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Rule rule = rules.get(method + " " + path);
            if (rule != null) {
                operation.setOperationId(rule.operationId());
                secure(operation, rule);
            }
            ProblemResponses.addTo(operation, method, path, rule != null && rule.secured());
            addExamples(operation, examples);
        }));
    }

    private static void securitySchemes(OpenAPI openAPI) {
        String realm = ConfigProvider.getConfig().getOptionalValue("twinning.openapi.oidc-public-url", String.class)
                .orElseGet(() -> ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        String token = realm + "/protocol/openid-connect/token";
        openAPI.getComponents().setSecuritySchemes(new LinkedHashMap<>(Map.of(
                PEOPLE, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                        .description("Town-hall staff, network coordinators and operators sign in with Keycloak:"
                                + " authorization code with PKCE (S256), public client twinning-web.")
                        .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                                .authorizationUrl(realm + "/protocol/openid-connect/auth").tokenUrl(token)
                                .scopes(Map.of("openid", "who you are and the authority you act for")))),
                PARTNERS, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                        .description("Partner networks integrate with a service account: client credentials.")
                        .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow()
                                .tokenUrl(token).scopes(Map.of()))))));
    }

    private static void secure(Operation operation, Rule rule) {
        if (!rule.secured()) {
            operation.setSecurity(List.of());
            if (operation.getDescription() == null) {
                operation.setDescription("Public: no sign-in needed. A signed-in caller may see more (drafts of its own authority).");
            }
            return;
        }
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (rule.roles().isEmpty() || rule.roles().stream().anyMatch(role -> !role.equals(Roles.PARTNER_NETWORK))) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(PEOPLE));
        }
        if (rule.roles().isEmpty() || rule.roles().contains(Roles.PARTNER_NETWORK)) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(PARTNERS));
        }
        operation.setSecurity(requirements);
        String who = rule.roles().isEmpty() ? "any signed-in caller" : "role " + String.join(" or ", rule.roles());
        String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        operation.setDescription(description + "Requires " + who + "; ownership rules apply to whose data it touches.");
    }

    private static void addExamples(Operation operation, ExampleMaker examples) {
        if (operation.getRequestBody() != null) {
            exampleFor(operation.getRequestBody().getContent(), examples);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    exampleFor(response.getContent(), examples);
                }
            });
        }
    }

    private static void exampleFor(Content content, ExampleMaker examples) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())
                    && media.getSchema() != null) {
                Object example = examples.example(media.getSchema());
                if (example != null) {
                    media.setExample(example);
                }
            }
        }
    }

    /** Who may call an operation and its id, keyed "METHOD /path" as in the document. */
    record Rule(String operationId, boolean secured, List<String> roles) {
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new HashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> resource = bean.getBeanClass();
            for (Class<?> api : resource.getInterfaces()) {
                Path root = api.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method declared : api.getMethods()) {
                    PathItem.HttpMethod http = httpMethod(declared);
                    if (http == null) {
                        continue;
                    }
                    Method implemented = implementation(resource, declared);
                    Path sub = declared.getAnnotation(Path.class);
                    String path = (root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                            .replaceAll("(.)/$", "$1");
                    String name = api.getSimpleName().replace("Api", "");
                    // One operation served by two methods (a JSON and a CSV body) names itself, so that the
                    // document does not depend on the order reflection lists the methods in.
                    var named = declared.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                    String operationId = named != null && !named.operationId().isEmpty() ? named.operationId()
                            : Character.toLowerCase(name.charAt(0)) + name.substring(1)
                            + Character.toUpperCase(declared.getName().charAt(0)) + declared.getName().substring(1);
                    rules.put(http + " " + path, rule(operationId, implemented, resource));
                }
            }
        }
        return rules;
    }

    private static Rule rule(String operationId, Method method, Class<?> resource) {
        RolesAllowed roles = method != null && method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class) : null;
        boolean authenticated = method != null && method.isAnnotationPresent(Authenticated.class);
        if (roles == null && !authenticated) {
            roles = resource.getAnnotation(RolesAllowed.class);
            authenticated = resource.isAnnotationPresent(Authenticated.class);
        }
        if (roles != null) {
            return new Rule(operationId, true, Arrays.asList(roles.value()));
        }
        return new Rule(operationId, authenticated, List.of());
    }

    private static Method implementation(Class<?> resource, Method declared) {
        try {
            return resource.getMethod(declared.getName(), declared.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static PathItem.HttpMethod httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return PathItem.HttpMethod.GET;
        }
        if (method.isAnnotationPresent(POST.class)) {
            return PathItem.HttpMethod.POST;
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return PathItem.HttpMethod.PUT;
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return PathItem.HttpMethod.DELETE;
        }
        return null;
    }
}
