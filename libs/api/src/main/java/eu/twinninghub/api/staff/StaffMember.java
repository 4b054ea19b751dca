package eu.twinninghub.api.staff;

/** A person who acts for an authority, as Keycloak knows them; {@code role} is MEMBER or ADMIN. */
public record StaffMember(String personId, String username, String name, String email, String role) {
}
