package eu.twinninghub.matching.conversation;

public enum ConversationStatus {
    OPEN, CLOSED
}
