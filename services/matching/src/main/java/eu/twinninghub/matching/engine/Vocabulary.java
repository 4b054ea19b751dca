package eu.twinninghub.matching.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terms of every open need and offer, with how many of them use each: a word every posting
 * uses says nothing about a match, a rare one shared says a lot (inverse document frequency).
 * Tags count {@value #TAG_WEIGHT} times: the poster chose them to say what the posting is about.
 */
final class Vocabulary {

    static final int TAG_WEIGHT = 3;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] documents = new int[64];
    private int total;

    /** Counts one document's terms; call for every document before {@link #vector}. */
    void count(List<String> tags, String text) {
        total++;
        for (String term : terms(tags, text).keySet()) {
            int id = ids.computeIfAbsent(term, t -> ids.size());
            if (id >= documents.length) {
                documents = Arrays.copyOf(documents, documents.length * 2);
            }
            documents[id]++;
        }
    }

    TermVector vector(List<String> tags, String text) {
        Map<String, Integer> frequencies = terms(tags, text);
        TreeMap<Integer, Double> weights = new TreeMap<>();
        for (Map.Entry<String, Integer> e : frequencies.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id == null) {
                continue;
            }
            double idf = Math.log(1.0 + (double) total / documents[id]);
            weights.put(id, (1.0 + Math.log(e.getValue())) * idf);
        }
        return TermVector.of(weights);
    }

    private static Map<String, Integer> terms(List<String> tags, String text) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (String tag : tags) {
            for (String term : Terms.of(tag)) {
                frequencies.merge(term, TAG_WEIGHT, Integer::sum);
            }
        }
        for (String term : Terms.of(text)) {
            frequencies.merge(term, 1, Integer::sum);
        }
        return frequencies;
    }
}
