package eu.twinninghub.api.authority;

public enum Verification {
    PENDING, VERIFIED, SUSPENDED
}
