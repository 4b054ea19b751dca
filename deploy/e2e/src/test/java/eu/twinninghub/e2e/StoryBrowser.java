package eu.twinninghub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.testing.RepositoryLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The browser story's Chromium, driven by Playwright ({@code browser/story.mjs}): one node process
 * and one browser for every step, each step a line written to it and a line read back.
 */
final class StoryBrowser implements AutoCloseable {

    static final Path SHOTS = RepositoryLayout.root().resolve("deploy/e2e/target/screenshots");
    private static final Path BROWSER = RepositoryLayout.root().resolve("deploy/e2e/browser");
    private static final Duration STEP_WITHIN = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process node;
    private final Writer steps;
    private final BufferedReader answers;
    private final Path errors;

    StoryBrowser(String gateway) throws IOException {
        if (!Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))) {
            throw new IllegalStateException("Playwright is missing: run deploy/e2e/browser/prepare.sh (make test does)");
        }
        errors = Files.createTempFile("story", ".err");
        ProcessBuilder builder = new ProcessBuilder("node", "story.mjs").directory(BROWSER.toFile())
                .redirectError(errors.toFile());
        builder.environment().put("BASE_URL", gateway);
        builder.environment().put("SHOTS", SHOTS.toString());
        node = builder.start();
        steps = node.outputWriter(StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Runs step {@code name} with {@code env} as its STORY_* variables; answers what it returned. */
    JsonNode step(String name, Map<String, String> env) throws IOException, InterruptedException {
        steps.write(JSON.writeValueAsString(Map.of("step", name, "env", env)) + "\n");
        steps.flush();
        String line;
        try {
            line = CompletableFuture.supplyAsync(() -> {
                try {
                    return answers.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(STEP_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            node.destroyForcibly();
            throw new AssertionError("browser step " + name + " did not end within " + STEP_WITHIN + ": " + Files.readString(errors));
        } catch (ExecutionException e) {
            throw new AssertionError("browser step " + name + " got no answer: " + e.getCause(), e.getCause());
        }
        if (line == null) {
            throw new AssertionError("the browser ended during step " + name + ": " + Files.readString(errors));
        }
        JsonNode answer = JSON.readTree(line);
        if (answer.has("error")) {
            throw new AssertionError("browser step " + name + " failed: " + answer.path("error").asText());
        }
        return answer.path("result");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        steps.close();
        if (!node.waitFor(30, TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(errors);
    }
}
