package eu.twinninghub.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The reference files as typed rows, read from the classpath. Empty cells stay empty (null or
 * absent), never guessed: some hromadas of the source know neither oblast nor population.
 */
public final class ReferenceData {

    /** A hromada: KATOTTG code, Ukrainian name, oblast and raion (may be null), type, population (may be null). */
    public record Hromada(String katottg, String name, String oblast, String raion, String type, Long population) {
    }

    /** A planned project named in a hromada's development strategy (machine-extracted, in Ukrainian). */
    public record Project(String katottg, String text) {
    }

    /** An EU municipality with a Ukrainian partner; {@code region} may be null or in another script. */
    public record Municipality(String name, String country, String region) {
    }

    /** A funding programme partnerships name: a stable id, its official name and its own public page. */
    public record FundingProgramme(String id, String name, String link) {
    }

    private ReferenceData() {
    }

    public static List<Hromada> hromadas() {
        return read("ua-hromadas.csv").stream().map(r -> new Hromada(r.get(0), r.get(1), blank(r.get(2)),
                blank(r.get(3)), r.get(4), r.get(5).isBlank() ? null : Long.valueOf(r.get(5)))).toList();
    }

    public static List<Project> projects() {
        return read("ua-hromada-projects.csv").stream().map(r -> new Project(r.get(0), r.get(1))).toList();
    }

    public static List<Municipality> municipalities() {
        return read("eu-partner-municipalities.csv").stream()
                .map(r -> new Municipality(r.get(0), r.get(1), blank(r.get(2)))).toList();
    }

    public static List<FundingProgramme> fundingProgrammes() {
        return read("funding-programmes.csv").stream().map(r -> new FundingProgramme(r.get(0), r.get(1), r.get(2)))
                .toList();
    }

    /** The ids of the list, sorted: a refusal names them so that the caller can pick one. */
    public static List<String> fundingProgrammeIds() {
        return fundingProgrammes().stream().map(FundingProgramme::id).sorted().toList();
    }

    /** The positions in {@code ids} of those that name no programme of the list, for a refusal at each. */
    public static List<Integer> unknownFundingProgrammes(List<String> ids) {
        List<String> known = fundingProgrammeIds();
        return IntStream.range(0, ids.size()).filter(i -> !known.contains(ids.get(i))).boxed().toList();
    }

    private static String blank(String value) {
        return value.isBlank() ? null : value;
    }

    /** The rows of a reference file, its header skipped. */
    static List<List<String>> read(String file) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream("reference-data/" + file);
        if (in == null) {
            throw new IllegalStateException("missing reference file " + file);
        }
        try (in) {
            List<List<String>> records = Csv.records(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Integer.MAX_VALUE);
            return records.isEmpty() ? List.of() : records.subList(1, records.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
