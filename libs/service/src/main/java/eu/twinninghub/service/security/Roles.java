package eu.twinninghub.service.security;

/** The realm roles of ARCHITECTURE.md, as they appear in tokens. */
public final class Roles {

    public static final String AUTHORITY_MEMBER = "authority-member";
    public static final String AUTHORITY_ADMIN = "authority-admin";
    public static final String PARTNER_NETWORK = "partner-network";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
