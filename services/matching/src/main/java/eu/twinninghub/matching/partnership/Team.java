package eu.twinninghub.matching.partnership;

/**
 * The two sides of a partnership, on an equal footing: the hromadas or oblast the work is for, and
 * the towns and regions that bring their experience. A cluster has several members on a side.
 */
public enum Team {
    RECEIVING, SUPPORTING
}
