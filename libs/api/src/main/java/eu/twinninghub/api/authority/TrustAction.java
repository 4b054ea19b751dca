package eu.twinninghub.api.authority;

/** What a record of the trust trail says happened to an authority. */
public enum TrustAction {
    REGISTERED,
    VERIFIED,
    SUSPENDED,
    /** Its name, official code, country or kind changed while verified: it must be verified again. */
    VERIFICATION_RESET,
    MEMBERSHIP_INVITED,
    MEMBERSHIP_REQUESTED,
    MEMBERSHIP_ACCEPTED,
    MEMBERSHIP_ENDED,
    /** A person claimed to act for it (the counterpart is none: the person is the actor). */
    CLAIMED,
    CLAIM_APPROVED,
    CLAIM_REJECTED,
    STAFF_INVITED,
    STAFF_ROLE_CHANGED,
    STAFF_REMOVED
}
