package eu.twinninghub.matching.partnership;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks for silent partnerships every hour: a day's delay in a 90-day reminder is nobody's loss. */
@ApplicationScoped
public class DormancyWatch {

    private final PartnershipBoard board;

    public DormancyWatch(PartnershipBoard board) {
        this.board = board;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        board.markDormant();
    }
}
