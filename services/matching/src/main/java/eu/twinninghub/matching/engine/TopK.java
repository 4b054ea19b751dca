package eu.twinninghub.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;

/** The k best candidates seen so far, worst on top so that it is the one replaced. */
final class TopK {

    record Entry(Scored scored, int index) {
    }

    private final int k;
    private final PriorityQueue<Entry> heap;

    TopK(int k) {
        this.k = k;
        this.heap = new PriorityQueue<>(Math.max(1, k), (a, b) -> Scored.BEST_FIRST.compare(b.scored(), a.scored()));
    }

    int capacity() {
        return k;
    }

    boolean isFull() {
        return heap.size() >= k;
    }

    double worstScore() {
        return heap.isEmpty() ? Double.NEGATIVE_INFINITY : heap.peek().scored().score();
    }

    void offer(UUID id, int index, double score) {
        if (k == 0 || heap.size() >= k && score < heap.peek().scored().score()) {
            return;
        }
        Entry entry = new Entry(new Scored(id, score), index);
        if (heap.size() < k) {
            heap.add(entry);
        } else if (Scored.BEST_FIRST.compare(entry.scored(), heap.peek().scored()) < 0) {
            heap.poll();
            heap.add(entry);
        }
    }

    List<Entry> best() {
        List<Entry> entries = new ArrayList<>(heap);
        entries.sort((a, b) -> Scored.BEST_FIRST.compare(a.scored(), b.scored()));
        return entries;
    }
}
