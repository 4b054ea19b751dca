package eu.twinninghub.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.testing.RepositoryLayout;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every label exists in every page language: a page never shows half Ukrainian, half key names. */
class MessagesTest {

    private static final Path MESSAGES = RepositoryLayout.root().resolve("services/gateway/src/main/resources/messages");

    @Test
    void everyLanguageHasEveryLabelOfEachBundle() throws IOException {
        for (var bundle : Map.of("msg", Msg.class, "alliance", AllianceMsg.class, "partnerships", PartnershipMsg.class).entrySet()) {
            Set<String> labels = new TreeSet<>(Arrays.stream(bundle.getValue().getDeclaredMethods())
                    .map(Method::getName).toList());
            for (String language : Language.SUPPORTED) {
                assertEquals(labels, keys(bundle.getKey() + "_" + language + ".properties"), language);
            }
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        properties.values().forEach(value -> {
            if (value.toString().isBlank()) {
                throw new AssertionError("an empty label in " + file);
            }
        });
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
