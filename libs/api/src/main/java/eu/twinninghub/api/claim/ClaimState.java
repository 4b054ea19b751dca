package eu.twinninghub.api.claim;

public enum ClaimState {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
