package eu.twinninghub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.twinninghub.events.EventType;
import eu.twinninghub.events.Topics;
import eu.twinninghub.testing.RepositoryLayout;
import eu.twinninghub.testing.TestServices;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's KafkaUser (k8s/base/infrastructure/kafka-users.yaml) grants exactly what the service
 * does, read from the code and its configuration: Write on the topics of the events its code creates
 * (the events contract, {@link EventType}) and on the dead-letter topics of what it consumes; Read
 * on the topics its channels consume; its own consumer group. A service that starts consuming a
 * topic, or publishing an event, without its ACL would fail in the cluster only: this fails first.
 */
class KafkaAclTest {

    private static final Path ROOT = RepositoryLayout.root();

    static Stream<String> services() {
        return TestServices.SERVICES.stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void theKafkaUserGrantsExactlyWhatTheServiceDoes(String service) throws IOException {
        Properties config = new Properties();
        config.load(new StringReader(Files.readString(ROOT.resolve("services/" + service + "/src/main/resources/application.properties"))));
        Set<String> reads = new TreeSet<>();
        Set<String> writes = new TreeSet<>(produced(service));
        Set<String> groups = new TreeSet<>();
        config.stringPropertyNames().stream().filter(name -> name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .forEach(name -> {
                    String topic = config.getProperty(name);
                    reads.add(topic);
                    writes.add(Topics.deadLetter(topic));
                    String group = config.getProperty(name.replace(".topic", ".group.id"), "");
                    groups.add(group.equals("${quarkus.application.name}") ? service : group);
                });

        Map<String, Set<String>> granted = granted(service);
        assertEquals(reads, granted.getOrDefault("topic Read", Set.of()), service + ": topics it may read");
        assertEquals(writes, granted.getOrDefault("topic Write", Set.of()), service + ": topics it may write");
        assertEquals(groups, granted.getOrDefault("group Read", Set.of()), service + ": its consumer group");
        assertEquals(Set.of(), granted.getOrDefault("transactionalId Write", Set.of()), service + ": no transactions");
    }

    /** The topics of the events the service's code creates. */
    private static Set<String> produced(String service) throws IOException {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("services/" + service + "/src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (EventType type : EventType.values()) {
                    if (code.contains("new " + type.dataClass().getSimpleName() + "(")) {
                        topics.add(type.topic());
                    }
                }
            }
        }
        return topics;
    }

    /** "resource-type Operation" to resource names, from the service's KafkaUser. */
    private static Map<String, Set<String>> granted(String service) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Set<String>> granted = new HashMap<>();
        try (var parser = yaml.createParser(ROOT.resolve("k8s/base/infrastructure/kafka-users.yaml").toFile())) {
            for (JsonNode user : yaml.readValues(parser, JsonNode.class).readAll()) {
                if (!user.path("metadata").path("name").asText().equals(service)) {
                    continue;
                }
                for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                    assertEquals("literal", acl.path("resource").path("patternType").asText(), service + ": no prefix grants");
                    for (JsonNode operation : acl.path("operations")) {
                        if (!operation.asText().equals("Describe")) {
                            granted.computeIfAbsent(acl.path("resource").path("type").asText() + " " + operation.asText(),
                                    key -> new TreeSet<>()).add(acl.path("resource").path("name").asText());
                        }
                    }
                }
            }
        }
        return granted;
    }
}
