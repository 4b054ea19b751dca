package eu.twinninghub.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's mail server (GreenMail): Keycloak (sign-up, invitations) and notifications send
 * real SMTP to it, and every message lands as an .eml file in a folder (any mail client opens one),
 * and in the IMAP mailbox of its recipient (any password).
 */
public final class MailServer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private MailServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: MailServer FOLDER SMTP_PORT IMAP_PORT");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        folder.toFile().mkdirs();
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(Integer.parseInt(args[1]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.parseInt(args[2]), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        ScheduledExecutorService files = Executors.newSingleThreadScheduledExecutor();
        int[] written = {0};
        files.scheduleWithFixedDelay(() -> {
            MimeMessage[] received = mail.getReceivedMessages();
            for (; written[0] < received.length; written[0]++) {
                save(folder, received[written[0]], written[0]);
            }
        }, 1, 1, TimeUnit.SECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            files.shutdownNow();
            mail.stop();
            stopped.countDown();
        }));
        System.out.println("Mail server ready: SMTP 127.0.0.1:" + args[1] + ", IMAP 127.0.0.1:" + args[2]
                + ", every message in " + folder);
        stopped.await();
    }

    private static void save(Path folder, MimeMessage message, int number) {
        try {
            Address[] to = message.getAllRecipients();
            String recipient = to == null || to.length == 0 ? "nobody" : to[0].toString().replaceAll("[^A-Za-z0-9@._-]", "_");
            Path file = folder.resolve(STAMP.format(Instant.now()) + "-" + number + "-" + recipient + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            System.err.println("a message could not be saved: " + e.getMessage());
        }
    }
}
