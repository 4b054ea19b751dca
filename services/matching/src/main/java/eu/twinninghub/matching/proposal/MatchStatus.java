package eu.twinninghub.matching.proposal;

public enum MatchStatus {
    PROPOSED, AGREED, DECLINED, EXPIRED
}
