package eu.twinninghub.e2e;

import com.icegreen.greenmail.util.GreenMailUtil;
import eu.twinninghub.testing.TestKeycloak;
import eu.twinninghub.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak's own pages, driven as a browser would (one cookie jar per person): its sign-up form,
 * the links it mails, and the form that sets a password. The platform never sees a password.
 */
final class KeycloakPages {

    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"(kc-[a-z-]+-form)\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern PROCEED = Pattern.compile("href=\"([^\"]*login-actions[^\"]*)\"");
    private static final Pattern MAILED_LINK = Pattern.compile("(https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+)");

    /** Keycloak marks its cookies Secure, which REST Assured's cookie filter then keeps off plain http. */
    private final Map<String, String> cookies = new HashMap<>();

    /** Registers through the sign-up form of the gateway's web client, with the demo password. */
    void register(String username, String email, String firstName, String lastName) {
        Response form = browser().redirects().follow(false)
                .queryParam("client_id", "twinning-web").queryParam("response_type", "code")
                .queryParam("scope", "openid").queryParam("redirect_uri", "http://127.0.0.1:8080/")
                // The web client requires PKCE; the code is never exchanged here, so any challenge does.
                .queryParam("code_challenge_method", "S256")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .get(TestKeycloak.realmUrl() + "/protocol/openid-connect/registrations");
        form = withinKeycloak(form);
        String page = submit(form.asString(), "kc-register-form", Map.of("username", username, "email", email,
                "firstName", firstName, "lastName", lastName, "password", Tokens.DEMO_PASSWORD,
                "password-confirm", Tokens.DEMO_PASSWORD)).asString();
        if (!page.toLowerCase().contains("verif")) {
            throw new AssertionError("Keycloak did not ask to verify the e-mail address:\n" + page);
        }
    }

    /** Opens the link Keycloak mailed to {@code email}, and goes on through its pages; sets the demo password when asked. */
    void openMailedLink(Message[] received, String email) {
        String link = mailTo(received, email).map(KeycloakPages::link)
                .orElseThrow(() -> new AssertionError("no mail from Keycloak to " + email));
        Response answer = withinKeycloak(browser().redirects().follow(false).get(link));
        for (int step = 0; step < 5 && answer.statusCode() == 200; step++) {
            String page = answer.asString();
            if (page.contains("kc-passwd-update-form")) {
                answer = submit(page, "kc-passwd-update-form", Map.of("password-new", Tokens.DEMO_PASSWORD,
                        "password-confirm", Tokens.DEMO_PASSWORD));
                continue;
            }
            Matcher proceed = PROCEED.matcher(page);
            if (!proceed.find()) {
                return;
            }
            answer = withinKeycloak(browser().redirects().follow(false)
                    .get(unescape(proceed.group(1))));
        }
    }

    private RequestSpecification browser() {
        return RestAssured.given().cookies(cookies);
    }

    private Response kept(Response answer) {
        answer.getDetailedCookies().asList().forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
        return answer;
    }

    static Optional<Message> mailTo(Message[] received, String email) {
        return Arrays.stream(received).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(email));
            } catch (MessagingException e) {
                return false;
            }
        }).reduce((first, second) -> second);
    }

    private Response submit(String page, String formId, Map<String, String> fields) {
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (form.group(1).equals(formId)) {
                return withinKeycloak(browser().redirects().follow(false)
                        .contentType(ContentType.URLENC).formParams(fields).post(unescape(form.group(2))));
            }
        }
        throw new AssertionError("no form " + formId + " on Keycloak's page:\n" + page);
    }

    /** Follows redirects as long as they stay on Keycloak (the last one leads to the web pages, not running here). */
    private Response withinKeycloak(Response first) {
        Response answer = kept(first);
        for (int hop = 0; hop < 5 && (answer.statusCode() == 302 || answer.statusCode() == 303); hop++) {
            String location = answer.header("Location");
            if (location == null || !location.startsWith(TestKeycloak.url())) {
                return answer;
            }
            answer = kept(browser().redirects().follow(false).get(location));
        }
        return answer;
    }

    private static String link(Message message) {
        Matcher link = MAILED_LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        if (!link.find()) {
            throw new AssertionError("no link in the mail:\n" + GreenMailUtil.getBody(message));
        }
        return unescape(link.group(1));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }
}
