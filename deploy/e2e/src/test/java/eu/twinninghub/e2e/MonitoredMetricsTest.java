package eu.twinninghub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.twinninghub.testing.RepositoryLayout;
import eu.twinninghub.testing.TestServices;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every series an alert or a dashboard panel names (k8s/base/monitoring) is one the running
 * services export on /q/metrics, unless it comes from elsewhere (Strimzi's Kafka Exporter,
 * cert-manager, Prometheus itself) or from a recording rule. An alert on a misspelt or renamed
 * metric never fires; this fails instead. Runs last, so that the stories before have made every
 * service count what it counts (a counter with labels appears with its first increment).
 */
@Order(Integer.MAX_VALUE)
class MonitoredMetricsTest {

    private static final Path MONITORING = RepositoryLayout.root().resolve("k8s/base/monitoring");
    /** Series that other exporters give, and PromQL's own words. */
    private static final Pattern ELSEWHERE = Pattern.compile("(kafka_consumergroup_|kafka_topic_|certmanager_|keycloak_).*|up|ALERTS");
    private static final Set<String> PROMQL = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?!\\s*\\()");

    @Test
    void everySeriesAnAlertOrADashboardNamesIsExported() throws IOException {
        E2ePlatform platform = E2ePlatform.get();
        Set<String> exported = new TreeSet<>();
        for (String service : Stream.concat(TestServices.SERVICES.stream(), Stream.of(TestServices.GATEWAY)).toList()) {
            String metrics = RestAssured.given().baseUri(platform.services.managementUrl(service).toString())
                    .get("/q/metrics").then().statusCode(200).extract().asString();
            metrics.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .forEach(line -> exported.add(line.split("[{ ]", 2)[0]));
        }
        Set<String> named = new TreeSet<>();
        expressions().forEach(expression -> named.addAll(seriesIn(expression)));
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(exported);
        missing.removeIf(name -> name.contains(":") || ELSEWHERE.matcher(name).matches());
        assertEquals(Set.of(), missing, "named by k8s/base/monitoring but exported by no service (of "
                + named.size() + " series named)");
    }

    /** The PromQL of every alert and recording rule, and of every dashboard panel. */
    private static List<String> expressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (JsonNode group : yaml.readTree(MONITORING.resolve("alerts.yaml").toFile()).path("spec").path("groups")) {
            group.path("rules").forEach(rule -> expressions.add(rule.path("expr").asText()));
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> boards = Files.list(MONITORING.resolve("dashboards"))) {
            for (Path board : boards.filter(path -> path.toString().endsWith(".json")).toList()) {
                json.readTree(board.toFile()).path("panels").forEach(panel ->
                        panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText())));
            }
        }
        return expressions;
    }

    /** The series names of a PromQL expression: no strings, label matchers, ranges, groupings or functions. */
    static Set<String> seriesIn(String expression) {
        String bare = expression.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\{[^}]*\\}", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "")
                .replaceAll("\\$[a-z_]+", "");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            String name = matcher.group();
            // A name cut short by the function check ("rat" of "rate("), or a duration's unit ("h" of "1h").
            boolean partOfAWord = matcher.end() < bare.length() && Character.isLetterOrDigit(bare.charAt(matcher.end()))
                    || matcher.start() > 0 && Character.isLetterOrDigit(bare.charAt(matcher.start() - 1));
            if (!partOfAWord && !PROMQL.contains(name.toLowerCase()) && !name.matches("\\d.*")) {
                names.add(name);
            }
        }
        return names;
    }
}
