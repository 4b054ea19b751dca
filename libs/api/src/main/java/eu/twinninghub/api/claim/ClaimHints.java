package eu.twinninghub.api.claim;

import eu.twinninghub.api.authority.Verification;

/**
 * What helps a verifier judge a claim. {@code emailMatchesWebsite}: the domain of the official e-mail
 * is the authority's registered web domain (or under it); null when either is unknown.
 * {@code authorityHasAdmins}: someone administers the authority already, so a colleague of theirs is
 * asking to join.
 */
public record ClaimHints(Boolean emailMatchesWebsite, boolean authorityHasAdmins, Verification authorityVerification) {
}
