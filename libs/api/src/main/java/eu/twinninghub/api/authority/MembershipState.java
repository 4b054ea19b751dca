package eu.twinninghub.api.authority;

/**
 * Where a membership of an authority in a partner network stands. It exists (ACCEPTED) only once
 * both sides said yes: the network invites and the authority accepts, or the authority asks and
 * the network accepts.
 */
public enum MembershipState {
    /** The network asked; the authority has not answered. */
    INVITED,
    /** The authority asked; the network has not answered. */
    REQUESTED,
    /** Both sides agreed: the network may now verify, suspend and act for the authority. */
    ACCEPTED,
    /** One side ended it, or withdrew or declined the request. */
    ENDED
}
