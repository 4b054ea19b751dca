package eu.twinninghub.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.twinninghub.testing.RealmUsers;
import eu.twinninghub.testing.TestKeycloak;
import eu.twinninghub.testing.TestServices;
import eu.twinninghub.testing.Tokens;
import eu.twinninghub.testing.TranslationEngineStandIn;
import eu.twinninghub.testing.WebhookReceiver;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole platform for the end-to-end tests, started once per test JVM: the five services from
 * their jars, an SMTP server the notifications service sends to, and a partner's webhook receiver.
 * Stopped when the JVM exits, whatever the tests did.
 */
public final class E2ePlatform {

    /** The demo partner client, its local-development secret read from the realm file. */
    static final String PARTNER_SECRET = TestKeycloak.clientSecret("partner-auc");

    private static E2ePlatform running;

    public final TestServices services;
    final GreenMail mail;
    final WebhookReceiver webhooks;

    private E2ePlatform(TestServices services, GreenMail mail, WebhookReceiver webhooks) {
        this.services = services;
        this.mail = mail;
        this.webhooks = webhooks;
    }

    public static synchronized E2ePlatform get() {
        if (running == null) {
            running = start();
        }
        RestAssured.baseURI = running.services.url(TestServices.GATEWAY).toString();
        RestAssured.port = running.services.url(TestServices.GATEWAY).getPort();
        return running;
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    public static RequestSpecification partner() {
        return RestAssured.given().auth().oauth2(Tokens.forClient("partner-auc", PARTNER_SECRET)).contentType(ContentType.JSON);
    }

    static RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON);
    }

    /** Posts a draft, waiting until the service knows the authority (its registration travels by Kafka). */
    static String post(String user, String kind, String body) {
        String key = UUID.randomUUID().toString();
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(PATIENCE).until(() -> {
            var answer = as(user).header("Idempotency-Key", key).body(body).post("/api/v1/" + kind);
            if (answer.statusCode() != 201) {
                answer.then().statusCode(400).body("violations.message", hasItem(containsString("not a registered authority")));
                return false;
            }
            id.set(answer.path("id"));
            return true;
        });
        return id.get();
    }

    /** Publishing waits until needs-offers has heard (over Kafka) that the authority is verified. */
    static void publish(String user, String kind, String id) {
        await().atMost(PATIENCE).until(() -> as(user).body(Map.of("status", "OPEN"))
                .post("/api/v1/" + kind + "/" + id + "/status").statusCode() == 200);
    }

    /** The stand-in engine's key: a local-development value, as the stand-in is. */
    private static final String TRANSLATION_KEY = "local-development-translation-key";

    /** What the browser story has translated: the town's answer, into the hromada's language. */
    static final String GERMAN_NEED = "Freiwillige Feuerwehr: Übungen für Stromausfälle";
    static final Map<String, String> TRANSLATIONS = Map.of(
            "de>uk:Sehr gern! Können Sie im März zu uns kommen?", "Із радістю! Чи можете ви приїхати до нас у березні?",
            "de>uk:" + GERMAN_NEED, "Добровільна пожежна охорона: навчання на випадок відключень");

    private static E2ePlatform start() {
        try {
            int smtp;
            try (ServerSocket socket = new ServerSocket(0)) {
                smtp = socket.getLocalPort();
            }
            GreenMail mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            RealmUsers.sendMailTo(smtp);
            WebhookReceiver webhooks = new WebhookReceiver(0);
            TranslationEngineStandIn translation = new TranslationEngineStandIn(TRANSLATION_KEY, TRANSLATIONS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                webhooks.close();
                translation.close();
                mail.stop();
            }, "stop-e2e-mail-webhooks-and-translation"));
            TestServices services = TestServices.start(
                    List.of("authority-profiles", "needs-offers", "matching", "notifications", TestServices.GATEWAY),
                    Map.of("notifications", Map.of("MAILER_MOCK", "false", "SMTP_HOST", "127.0.0.1",
                            "SMTP_PORT", Integer.toString(smtp), "SMTP_STARTTLS", "DISABLED",
                            "QUARKUS_MAILER_LOGIN", "DISABLED"),
                            TestServices.GATEWAY, Map.of("TRANSLATION_URL", translation.url().toString(),
                            "TRANSLATION_API_KEY", TRANSLATION_KEY),
                            // The stories read the Alliance's figures a moment after they change them.
                            "matching", Map.of("TWINNING_MATCHING_ANALYTICS_FRESH_FOR", "PT1S")));
            return new E2ePlatform(services, mail, webhooks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
